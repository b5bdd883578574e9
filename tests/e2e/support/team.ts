import { expect, type Page } from '@playwright/test';
import type { WebShell } from './web-shell';

export type DemoRole = 'editor' | 'reviewer' | 'publisher';

/** The embedded site's demo team (backend/team/demo-team.ts): one account per role. */
export const DEMO_ACCOUNTS: Readonly<Record<DemoRole, string>> = {
  editor: 'Demo Redaktion',
  reviewer: 'Demo Prüfung',
  publisher: 'Demo Veröffentlichung',
};

type TeamAccountView = { account: { name: string; role: string } | null; demo: boolean };

/**
 * Acts as the embedded site's demo account of `role` (what choosing the role in Settings does
 * there) and answers its name, as the site tells it: that name is the actor and author. Right
 * after launch the app may not have read the site's accounts yet: it waits for them first.
 */
export async function useDemoAccount(shell: WebShell, role: DemoRole): Promise<string> {
  const account = async () => (await shell.call<TeamAccountView>('team.account', {})).value?.account ?? null;
  await expect.poll(async () => (await account())?.name ?? 'no account yet', { timeout: 20_000 }).not.toBe('no account yet');
  const r = await shell.call<TeamAccountView>('team.useDemoAccount', { role });
  expect(r.ok, `team.useDemoAccount ${role}: ${JSON.stringify(r.error)}`).toBe(true);
  expect(r.value!.demo).toBe(true);
  expect(r.value!.account).toMatchObject({ name: DEMO_ACCOUNTS[role], role });
  return r.value!.account!.name;
}

/**
 * Waits until the article is on the site with nothing of it waiting (no field push, no queued
 * action or comment) and the site's answer is taken here (the local revision holds still).
 * What one person did has then reached the site before the next person acts, as it has when
 * they sit at different machines.
 */
export async function untilSynced(shell: WebShell, id: string, timeout = 20_000): Promise<void> {
  const state = async () => (await shell.call<{ articles: Record<string, { state: string; reason: string | null }> }>('sync.status', {})).value?.articles?.[id];
  const rev = async () => (await shell.call<{ rev: number }>('articles.get', { id })).value?.rev;
  let last: number | undefined;
  await expect
    .poll(
      async () => {
        const st = await state();
        if (st?.state !== 'synced') {
          last = undefined;
          return st ? `${st.state}${st.reason ? `: ${st.reason}` : ''}` : 'unknown to the site';
        }
        const now = await rev();
        const steady = now !== undefined && now === last;
        last = now;
        return steady ? 'synced' : 'synced, settling';
      },
      { timeout, intervals: [100, 200, 300] },
    )
    .toBe('synced');
}

/**
 * Switches the acting account in Settings, as a person does (the embedded site's demo team:
 * choosing the role switches to that demo account), and waits until the app says so.
 */
export async function chooseDemoAccountInSettings(page: Page, role: DemoRole): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption(role);
  await expect(page.getByTestId('team-account-name')).toHaveText(DEMO_ACCOUNTS[role]);
  await expect(page.getByRole('banner').getByText(DEMO_ACCOUNTS[role], { exact: true })).toBeVisible();
}
