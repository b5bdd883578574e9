import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, untilSynced, useDemoAccount, type DemoRole } from './support/team';
import { removeDataDir, startWebShell, type WebShell } from './support/web-shell';

/** The back end's clock stands on 20 March 2026, 11:00 in Berlin, so the spring and autumn clock changes lie ahead. */
const NOW = Date.parse('2026-03-20T10:00:00Z');
const test = base.extend<{ shell: WebShell }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  shell: async ({}, use) => {
    const shell = await startWebShell({ env: { COPYDESK_CLOCK_OFFSET_MS: String(NOW - Date.now()) } });
    await use(shell);
    await shell.stop();
    removeDataDir(shell.dataDir);
  },
});

const READY = {
  teaser: 'Kurz und bündig.',
  author: 'Anna Schmidt',
  source: 'Eigene Recherche',
  tags: ['Stadt'],
  noAds: true,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ein Absatz.' }] }] },
};

async function must<T>(shell: WebShell, name: string, args: unknown): Promise<T> {
  const r = await shell.call<T>(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error?.code} ${r.error?.message}`);
  return r.value!;
}

/**
 * Articles taken through review to "scheduled" at their `publishAt` through the contract, each
 * step by the embedded site's demo account of its role, and on the site before the next one
 * acts (as it is when they sit at different machines). The publisher acts last.
 */
async function scheduledArticles(shell: WebShell, releases: Array<[headline: string, publishAt: string]>): Promise<string[]> {
  const ids: string[] = [];
  for (const [headline] of releases) {
    const created = await must<{ id: string; rev: number }>(shell, 'articles.create', {});
    await must(shell, 'articles.save', { id: created.id, baseRev: created.rev, changes: { ...READY, headline } });
    ids.push(created.id);
  }
  for (const id of ids) await untilSynced(shell, id);
  const step = async (role: DemoRole, action: string, extra: (i: number) => object = () => ({})) => {
    await useDemoAccount(shell, role);
    for (const [i, id] of ids.entries()) {
      const { rev } = await must<{ rev: number }>(shell, 'articles.get', { id });
      await must(shell, 'workflow.transition', { id, baseRev: rev, action, ...extra(i) });
    }
    for (const id of ids) await untilSynced(shell, id);
  };
  await step('editor', 'submit');
  await step('reviewer', 'approve');
  await step('publisher', 'schedule', (i) => ({ schedule: { publishAt: releases[i]![1] } }));
  for (const [i, id] of ids.entries()) {
    const article = await must<{ status: string; schedule: { publishAt: string } | null; statusHistory: Array<{ action: string; actor: { name: string } }> }>(shell, 'articles.get', { id });
    expect(article.status).toBe('scheduled');
    expect(new Date(article.schedule!.publishAt).toISOString()).toBe(new Date(releases[i]![1]).toISOString());
    expect(article.statusHistory.map((h) => `${h.action} ${h.actor.name}`)).toEqual([`submit ${DEMO_ACCOUNTS.editor}`, `approve ${DEMO_ACCOUNTS.reviewer}`, `schedule ${DEMO_ACCOUNTS.publisher}`]);
  }
  return ids;
}

const day = (page: Page, date: string) => page.locator(`td[data-date="${date}"]`);

test('month and week views show releases and campaign flights; a busy day shows its count', async ({ page, shell }) => {
  await scheduledArticles(shell, [
    ...['07:00', '12:30', '18:00'].map((utc, i): [string, string] => [`Meldung ${i + 1}`, `2026-03-24T${utc}:00Z`]),
    ['Stadtrat tagt', '2026-03-26T08:00:00Z'],
  ]);
  await page.goto(shell.url);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Calendar' }).click();

  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible();
  await expect(day(page, '2026-03-24').locator('.count-badge')).toHaveText('3');
  await expect(day(page, '2026-03-24')).toHaveClass(/busy/);
  await expect(day(page, '2026-03-26')).not.toHaveClass(/busy/);
  // Times in Berlin: 07:00 UTC is 08:00 CET.
  await expect(day(page, '2026-03-24').getByRole('button')).toHaveText([/08:00 Meldung 1/, /13:30 Meldung 2/, /19:00 Meldung 3/]);
  const flights = page.getByRole('heading', { name: 'Campaign flights' }).locator('..');
  await expect(flights.getByRole('listitem')).toHaveText([/Copydesk News App/, /Royal Nord Casino/, /Anpfiff Sportwetten/]);
  await expect(day(page, '2026-03-10').locator('.flight-stripe')).toHaveCount(3);
  await page.screenshot({ path: 'tests/e2e/screenshots/calendar-month.png' });

  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Week 12/ })).toBeVisible();
  await expect(page.locator('td.day')).toHaveCount(7);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /Week 13/ })).toBeVisible();
  await expect(day(page, '2026-03-24').getByRole('button')).toHaveCount(3);
  await expect(day(page, '2026-03-26').getByRole('button', { name: /Stadtrat tagt/ })).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/calendar-week.png' });

  // A publisher drags a release to another day; it keeps its time of day.
  await day(page, '2026-03-26').getByRole('button', { name: /Stadtrat tagt/ }).dragTo(day(page, '2026-03-27'));
  await expect(day(page, '2026-03-27').getByRole('button', { name: /09:00 Stadtrat tagt/ })).toBeVisible();
  await expect(day(page, '2026-03-26').getByRole('button')).toHaveCount(0);
});

test('a publisher moves a release by keyboard; the skipped spring hour is refused and the repeated autumn hour is chosen', async ({ page, shell }) => {
  const [id] = await scheduledArticles(shell, [['Stadtrat tagt', '2026-03-26T08:00:00Z']]);
  await page.goto(shell.url);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Calendar' }).click();

  const entry = day(page, '2026-03-26').getByRole('button', { name: /Stadtrat tagt/ });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Move to…' }).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('.move-form');
  await form.getByLabel('Date', { exact: true }).fill('2026-03-27');
  await form.getByLabel('Time', { exact: true }).fill('14:15');
  await form.getByLabel('Time', { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'goes live 27 Mar 2026, 14:15' })).toBeVisible();
  await expect(day(page, '2026-03-27').getByRole('button', { name: /14:15 Stadtrat tagt/ })).toBeVisible();
  await expect(day(page, '2026-03-26').getByRole('button')).toHaveCount(0);
  expect((await must<{ schedule: { publishAt: string } }>(shell, 'articles.get', { id })).schedule.publishAt).toBe('2026-03-27T13:15:00.000Z');
  // The move travels to the site as the publisher's action, and the site's answer comes back.
  await untilSynced(shell, id!);
  const moved = await must<{ schedule: { publishAt: string }; statusHistory: Array<{ action: string; actor: { name: string } }> }>(shell, 'articles.get', { id });
  expect(new Date(moved.schedule.publishAt).toISOString()).toBe('2026-03-27T13:15:00.000Z');
  expect(moved.statusHistory.at(-1)).toMatchObject({ action: 'schedule', actor: { name: DEMO_ACCOUNTS.publisher } });

  // 02:30 on 29 March does not exist in Berlin.
  await day(page, '2026-03-27').getByRole('button', { name: /Stadtrat tagt/ }).click();
  await page.getByRole('button', { name: 'Move to…' }).click();
  await form.getByLabel('Date', { exact: true }).fill('2026-03-29');
  await form.getByLabel('Time', { exact: true }).fill('02:30');
  await form.getByRole('button', { name: 'Move' }).click();
  await expect(form.getByRole('alert')).toHaveText(/02:30 does not exist on 2026-03-29 in Europe\/Berlin: that night the clocks jump forward from 02:00 to 03:00/);
  await page.screenshot({ path: 'tests/e2e/screenshots/calendar-dst-gap.png' });
  expect((await must<{ schedule: { publishAt: string } }>(shell, 'articles.get', { id })).schedule.publishAt).toBe('2026-03-27T13:15:00.000Z');

  // 02:30 on 25 October happens twice: the publisher picks the second (CET).
  await form.getByLabel('Date', { exact: true }).fill('2026-10-25');
  await form.getByLabel('Time', { exact: true }).fill('02:30');
  await form.getByRole('button', { name: 'Move' }).click();
  await expect(form.getByRole('radio')).toHaveCount(2);
  await form.getByRole('radio', { name: /second/ }).check();
  await page.screenshot({ path: 'tests/e2e/screenshots/calendar-dst-ambiguous.png' });
  await form.getByRole('button', { name: 'Move' }).click();
  // The same publisher moves it again in the same view, after the site answered the first move.
  const stale = page.getByRole('alert').filter({ hasText: 'The article changed since it was loaded' });
  await expect(page.getByRole('status').filter({ hasText: 'goes live 25 Oct 2026' }).or(stale)).toBeVisible();
  await expect(stale).toHaveCount(0);
  await expect(day(page, '2026-10-25').getByRole('button', { name: /02:30 Stadtrat tagt/ })).toBeVisible();
  expect((await must<{ schedule: { publishAt: string } }>(shell, 'articles.get', { id })).schedule.publishAt).toBe('2026-10-25T01:30:00.000Z');
});
