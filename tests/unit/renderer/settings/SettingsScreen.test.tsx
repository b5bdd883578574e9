// @vitest-environment jsdom
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamAccount } from '../../../../core/contract/calls/team';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { SettingsScreen } from '../../../../renderer/src/settings/SettingsScreen';
import { AccountBadge } from '../../../../renderer/src/team/AccountBadge';
import { teamAccount, settle } from '../team/team-fixtures';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

beforeAll(async () => {
  await setupI18n('en');
});

function screen(account: TeamAccount) {
  let current = account;
  const { client, calls } = fakeClient(
    {
      'team.account': () => current,
      'team.useDemoAccount': (args) => {
        const demo = current.demoAccounts.find((d) => d.role === args.role)!;
        current = { ...current, account: { id: `demo-${demo.role}`, name: demo.name, role: demo.role } };
        return current;
      },
      'settings.update': () => settingsAs('editor'),
    },
    settingsAs('editor', 'Local Name'),
  );
  return { client, calls };
}

describe('Settings while a site is connected', () => {
  it('shows the account’s name and role read only, and never saves a self-declared profile', async () => {
    const { client, calls } = screen(teamAccount('reviewer', 'Petra Lange'));
    const view = await render(<SettingsScreen openArticle={() => {}} />, client);
    await settle(() => Boolean(view.container.querySelector('[data-testid="team-account-name"]')));
    expect(view.container.querySelector('[data-testid="team-account-name"]')?.textContent).toBe('Petra Lange');
    expect(view.container.querySelector('[data-testid="team-account-role"]')?.textContent).toBe('Reviewer');
    expect(view.container.querySelector('#settings-name')).toBeNull();
    expect(view.container.querySelector('#settings-role')).toBeNull();
    await act(async () => view.container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    expect(calls.find((c) => c.name === 'settings.update')?.args).toEqual({ siteTimeZone: 'Europe/Berlin' });
    view.unmount();
  });

  it('switches to the demo team’s account of the chosen role, and the header follows', async () => {
    const { client, calls } = screen(teamAccount('editor', 'Demo Redaktion', true));
    const view = await render(
      <>
        <AccountBadge />
        <SettingsScreen openArticle={() => {}} />
      </>,
      client,
    );
    await settle(() => Boolean(view.container.querySelector('#settings-demo-role')));
    expect(view.container.textContent).toContain('Demo team: switching the role switches to that demo account.');
    const select = view.container.querySelector<HTMLSelectElement>('#settings-demo-role')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Editor – Demo Redaktion', 'Reviewer – Demo Prüfung', 'Publisher – Demo Veröffentlichung']);
    await act(async () => {
      select.value = 'publisher';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(() => view.container.querySelector('.account-name')?.textContent === 'Demo Veröffentlichung');
    expect(calls.find((c) => c.name === 'team.useDemoAccount')?.args).toEqual({ role: 'publisher' });
    expect(view.container.querySelector('.account-badge')?.textContent).toBe('DVSigned in as Demo VeröffentlichungPublisher · demo team');
    view.unmount();
  });

  it('keeps the self-declared profile when no site is connected', async () => {
    const { client } = screen({ account: null, siteUrl: null, demo: false, demoAccounts: [] });
    const view = await render(
      <>
        <AccountBadge />
        <SettingsScreen openArticle={() => {}} />
      </>,
      client,
    );
    await settle(() => (view.container.querySelector<HTMLInputElement>('#settings-name')?.value ?? '') !== '');
    expect(view.container.querySelector<HTMLInputElement>('#settings-name')?.value).toBe('Local Name');
    expect(view.container.querySelector('.account-name')?.textContent).toBe('Local Name');
    view.unmount();
  });
});
