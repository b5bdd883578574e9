import type { Article } from '../../core/article/article';
import { renderArticleBody } from '../../core/render';
import { body, expectSaved, fixtureImage, newArticle } from './support/editor';
import { expect, test } from './support/fixtures';
import { DEMO_ACCOUNTS, untilSynced, type DemoRole } from './support/team';
import type { WebShell } from './support/web-shell';

/** The role chosen in Settings: on the embedded site that switches to its demo account of the role. */
async function as(shell: WebShell, role: DemoRole) {
  const r = await shell.call('settings.update', { profile: { name: `Test ${role}`, role } });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const team = await shell.call<{ account: { name: string; role: string } | null; demo: boolean }>('team.account', {});
  expect(team.value).toMatchObject({ account: { name: DEMO_ACCOUNTS[role], role }, demo: true });
}

/** A status change by the acting account; on the site (as that account) before anyone else acts. */
async function transition(shell: WebShell, id: string, action: string, extra: Record<string, unknown> = {}) {
  const current = await shell.call<Article>('articles.get', { id });
  const r = await shell.call('workflow.transition', { id, baseRev: current.value!.rev, action, ...extra });
  expect(r.ok, `${action}: ${JSON.stringify(r.error)}`).toBe(true);
  await untilSynced(shell, id);
}

test('with no setup, an article written and scheduled in the app goes live on the embedded site at its time, with the preview’s HTML', async ({ page, shell }) => {
  const siteUrl = shell.siteUrl();
  expect(siteUrl, 'the web shell starts an embedded site').not.toBeNull();

  await page.goto(shell.url);
  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('Stadtfest startet am Freitag');
  await page.getByLabel('Section', { exact: true }).fill('Aktuelle News');
  await page.getByLabel('Teaser', { exact: true }).fill('Drei Tage Musik und Markt in der Altstadt.');
  await page.getByLabel('Author', { exact: true }).fill('Anna Schmidt');
  await body(page).click();
  await page.keyboard.type('Das Stadtfest beginnt am Freitag um 18 Uhr.\nAm Samstag spielen fünf Bands auf dem Marktplatz.');
  await page.getByLabel('Tags', { exact: true }).fill('Stadtfest');
  await page.keyboard.press('Enter');
  await page.getByLabel('Source', { exact: true }).fill('Stadtverwaltung');
  await page.getByLabel('Lead image', { exact: true }).setInputFiles(fixtureImage('harbour.png'));
  await page.getByLabel('Image description (alt text)').fill('Die Altstadt');
  await page.getByLabel('Image credit', { exact: true }).fill('Stadt / Presseamt');
  // A two-paragraph notice carries no ads (with them the density check would block approval).
  await page.getByLabel('No ads', { exact: true }).check();
  await expectSaved(page);
  const { items } = (await shell.call<{ items: Array<{ id: string; slug: string }> }>('articles.list', {})).value!;
  const { id, slug } = items[0]!;

  await as(shell, 'editor');
  await transition(shell, id, 'submit');
  await as(shell, 'reviewer');
  await transition(shell, id, 'approve', { note: 'Passt.' });
  await as(shell, 'publisher');
  const publishAt = new Date(Date.now() + 2 * 60_000);
  publishAt.setUTCSeconds(0, 0);
  await transition(shell, id, 'schedule', { schedule: { publishAt: publishAt.toISOString() } });

  // Synced to the site, but not public before its time.
  await expect.poll(async () => (await shell.call<{ articles: Record<string, { state: string }> }>('sync.status', {})).value?.articles?.[id]?.state, { timeout: 20_000 }).toBe('synced');
  expect((await fetch(`${siteUrl}/artikel/${slug}`)).status).toBe(404);

  // The clock passes the publish time: the site publishes it itself.
  shell.setClockOffset(3 * 60_000);
  await expect.poll(async () => (await fetch(`${siteUrl}/artikel/${slug}`)).status, { timeout: 20_000 }).toBe(200);
  const html = await (await fetch(`${siteUrl}/artikel/${slug}`)).text();
  const local = (await shell.call<Article>('articles.get', { id })).value!;
  const expectedBody = renderArticleBody({ article: local, placements: [], ctx: { siteName: 'x', siteLanguage: 'de', timeZone: 'Europe/Berlin', now: new Date(), mediaUrl: (m) => `/media/${m}`, tagUrl: (t) => `/tag/${t}` } });
  expect(html).toContain('Stadtfest startet am Freitag');
  expect(html).toMatch(/<p class="byline">Von <span class="author">Anna Schmidt<\/span> am <time[^>]*>\d{2}\.\d{2}\.\d{4}<\/time><\/p>/);
  expect(html.replace(/\s+/g, ' ')).toContain(expectedBody.replace(/\s+/g, ' '));

  // The lead image went to the site with the article, under the same id.
  expect(local.leadImage.mediaId).toBeTruthy();
  expect(html).toContain(`/media/${local.leadImage.mediaId}`);
  expect(html).toContain('Bild-Quelle: Stadt / Presseamt');
  const image = await fetch(`${siteUrl}/media/${local.leadImage.mediaId}`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/png');

  // And the app shows the site's state, with the site's own history: its scheduler published it.
  await expect.poll(async () => (await shell.call<Article>('articles.get', { id })).value?.status, { timeout: 30_000 }).toBe('published');
  const history = (await shell.call<Article>('articles.get', { id })).value!.statusHistory;
  expect(history.at(-1)).toMatchObject({ action: 'auto_publish', from: 'scheduled', to: 'published', actor: { name: 'Scheduler', role: 'system' } });
  expect(new Date(history.at(-1)!.at).getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
  // Every step before it by the demo account of the role chosen in Settings, as the site recorded it.
  expect(history.map((h) => [h.action, h.actor.name, h.actor.role])).toEqual([
    ['submit', DEMO_ACCOUNTS.editor, 'editor'],
    ['approve', DEMO_ACCOUNTS.reviewer, 'reviewer'],
    ['schedule', DEMO_ACCOUNTS.publisher, 'publisher'],
    ['auto_publish', 'Scheduler', 'system'],
  ]);
});
