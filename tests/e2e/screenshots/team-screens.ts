/**
 * Screenshots of the team in the UI (issue 10), each in English and German, saved as
 * docs/screenshots/team-*.png. A real newsroom: one reference site, four web shells signed in as
 * Anna Editor, Ben Editor, Clara Prüferin and Dana Publisher (tests/support/team/newsroom.ts);
 * the story is set up through each person's contract calls, the screens are the real UI.
 * Only the UI language is chosen here: app.info's forcedLanguage is answered as the shot needs.
 * Run: see screenshots.config.ts.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import { startNewsroom, PEOPLE, type Newsroom, type PersonKey } from '../../support/team/newsroom';
import { seriousViolations } from '../support/axe';
import { removeDataDir, startWebShell } from '../support/web-shell';

type Lang = 'en' | 'de';
const LANGS: Lang[] = ['en', 'de'];
const OUT = path.resolve(import.meta.dirname, '../../../docs/screenshots');

const HEADLINE = 'Straßenbahn soll ab 2028 die Nordstadt mit dem Hauptbahnhof verbinden';
const NEW_HEADLINE = 'Straßenbahn für die Nordstadt kommt 2028';
const TRASHED = 'Entwurf: Sommerfest im Stadtpark';
const MARKT = 'Wochenmarkt zieht auf den Rathausplatz';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const BODY = [
  'Die neue Straßenbahnlinie soll ab 2028 die Nordstadt mit dem Hauptbahnhof verbinden.',
  'Der Stadtrat hat die Pläne am Dienstag mit großer Mehrheit beschlossen, die Kosten liegen bei 180 Millionen Euro.',
  'Die Bauarbeiten beginnen im Frühjahr 2026 am Nordring und sollen den Verkehr nur nachts behindern.',
];

let room: Newsroom;
const contexts: BrowserContext[] = [];
const pages = {} as Record<PersonKey, Page>;
const language = {} as Record<PersonKey, Lang>;
const story = { id: '', trashId: '' };

/** Answers app.info with the language the next shot needs (the shells are started with COPYDESK_LANG=en). */
async function speak(page: Page, lang: () => Lang): Promise<void> {
  await page.route('**/api/app.info', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { ok: boolean; value?: { forcedLanguage: Lang | null } };
    if (json.ok && json.value) json.value.forcedLanguage = lang();
    await route.fulfill({ response, json });
  });
}

/** Serious or critical axe-core findings per shot (reported at the end, not failing the run). */
const findings: string[] = [];

async function shoot(page: Page, name: string, lang: Lang): Promise<void> {
  await page.waitForTimeout(900);
  await page.screenshot({ path: path.join(OUT, `team-${name}-${lang}.png`) });
  for (const v of await seriousViolations(page)) findings.push(`team-${name}-${lang}: ${v}`);
}

/** The person's app, freshly loaded in `lang`. */
async function app(who: PersonKey, lang: Lang): Promise<Page> {
  language[who] = lang;
  const page = pages[who];
  await page.goto(room.people[who].shell.url);
  await expect(page.locator('.account-name')).toHaveText(room.people[who].name);
  return page;
}

async function screen(page: Page, index: number): Promise<void> {
  await page.locator('.views-nav button').nth(index).click();
}

async function openArticle(who: PersonKey, lang: Lang, headline: string): Promise<Page> {
  const page = await app(who, lang);
  await page.locator('.article-list .item', { hasText: headline }).first().click();
  await expect(page.locator('#field-headline')).toHaveValue(headline);
  return page;
}

const sync = (who: PersonKey) => room.must(who, 'sync.now');
async function act(who: PersonKey, action: string, extra: Record<string, unknown> = {}): Promise<void> {
  const a = await room.must<{ rev: number }>(who, 'articles.get', { id: story.id });
  await room.must(who, 'workflow.transition', { id: story.id, baseRev: a.rev, action, ...extra });
  await sync(who);
}
async function save(who: PersonKey, id: string, changes: Record<string, unknown>): Promise<void> {
  const a = await room.must<{ rev: number }>(who, 'articles.get', { id });
  await room.must(who, 'articles.save', { id, baseRev: a.rev, changes });
  await sync(who);
}

test.describe.configure({ mode: 'serial' });

test.describe('team screens', () => {
  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(240_000);
    room = await startNewsroom();
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const context = await browser.newContext({ bypassCSP: true });
      contexts.push(context);
      pages[key] = await context.newPage();
      language[key] = 'en';
      await speak(pages[key], () => language[key]);
      // While the back end still takes local checks from the profile (before the account drives
      // them), the profile says the same as the site account; with a connected site it is ignored.
      await room.must(key, 'settings.update', { profile: { name: room.people[key].name, role: room.people[key].role } });
    }
  });

  test.afterAll(async () => {
    console.log(findings.length ? `team screenshots: axe-core found\n${findings.join('\n')}` : 'team screenshots: axe-core found no serious or critical violation on any shot');
    for (const context of contexts) await context.close();
    await room?.close();
  });

  test('the reviewer sees what changed since she requested changes', async () => {
    const created = await room.must<{ id: string }>('anna', 'articles.create', {});
    story.id = created.id;
    await save('anna', story.id, {
      section: 'Stadt',
      headline: HEADLINE,
      teaser: 'Der Stadtrat hat die neue Linie beschlossen. Was sie kostet und wann gebaut wird.',
      author: 'Anna Editor',
      source: 'Pressemitteilung der Stadt',
      tags: ['Verkehr', 'Nordstadt'],
      noAds: true,
      seo: { title: '', description: 'Die neue Straßenbahnlinie verbindet ab 2028 die Nordstadt mit dem Hauptbahnhof.' },
      body: { type: 'doc', content: BODY.map(paragraph) },
    });
    await act('anna', 'submit');
    await sync('clara');
    await act('clara', 'request_changes', { note: 'Bitte die Überschrift kürzen und die Kosten belegen.' });
    await sync('anna');
    await save('anna', story.id, { headline: NEW_HEADLINE, body: { type: 'doc', content: [...BODY.slice(0, 1), paragraph('Der Stadtrat hat die Pläne am Dienstag beschlossen; laut Vorlage kostet die Linie 180 Millionen Euro.'), ...BODY.slice(2)].map((p) => (typeof p === 'string' ? paragraph(p) : p)) } });
    await act('anna', 'submit');
    await sync('clara');
    for (const lang of LANGS) {
      const page = await openArticle('clara', lang, NEW_HEADLINE);
      await expect(page.locator('.since-request .diff-field').first()).toBeVisible();
      // Opening the article saves nothing for a reviewer (her content saves would be refused).
      await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
      await expect(page.locator('.save-status')).not.toContainText(/Saving|Speichert/);
      await shoot(page, 'since-request', lang);
    }
  });

  test('editing a scheduled article says it goes back to review; the calendar says who scheduled', async () => {
    await act('clara', 'approve');
    await sync('dana');
    const tomorrow = new Date(room.now().getTime() + 24 * 3_600_000);
    tomorrow.setUTCHours(7, 0, 0, 0);
    await act('dana', 'schedule', { schedule: { publishAt: tomorrow.toISOString() } });
    await sync('anna');
    for (const lang of LANGS) {
      const page = await openArticle('anna', lang, NEW_HEADLINE);
      await expect(page.locator('[data-testid="editing-notice"]')).toBeVisible();
      await shoot(page, 'editing-scheduled', lang);
    }
    for (const lang of LANGS) {
      const page = await app('dana', lang);
      await screen(page, 2);
      if (tomorrow.getUTCMonth() !== room.now().getUTCMonth()) await page.locator('.calendar-nav button').nth(2).click();
      await page.locator('.entry', { hasText: NEW_HEADLINE }).first().click();
      await expect(page.locator('[data-testid="scheduled-by"]')).toContainText('Dana Publisher');
      await shoot(page, 'calendar-scheduled-by', lang);
    }
  });

  test('a live article: pending update, Update live article with a correction, corrections', async () => {
    await act('dana', 'publish_now');
    await sync('anna');
    await save('anna', story.id, { teaser: 'Der Stadtrat hat die neue Linie beschlossen. Die Haltestelle am Markt entfällt.' });
    await sync('dana');
    for (const lang of LANGS) {
      const page = await openArticle('dana', lang, NEW_HEADLINE);
      await expect(page.locator('.pending-badge')).toBeVisible();
      await shoot(page, 'pending-update', lang);
      await page.locator('.update-live > button').click();
      await page.locator('#update-live-correction').fill(lang === 'de' ? 'In einer früheren Fassung fehlte, dass die Haltestelle am Markt entfällt.' : 'An earlier version did not say that the Markt stop is dropped.');
      await shoot(page, 'update-live-dialog', lang);
      if (lang === 'de') {
        await page.locator('dialog button[type="submit"]').click();
        await expect(page.locator('.corrections')).toBeVisible();
      } else await page.locator('dialog .dialog-actions button').first().click();
    }
    await sync('dana');
    await sync('anna');
    for (const lang of LANGS) {
      const page = await openArticle('anna', lang, NEW_HEADLINE);
      await expect(page.locator('.corrections')).toBeVisible();
      await shoot(page, 'corrections', lang);
    }
  });

  test('someone else editing shows in the header; deleting a live article is refused in plain words', async () => {
    // Clara and Dana close the article (their windows go elsewhere); Ben opens it.
    for (const who of ['clara', 'dana'] as const) {
      await pages[who].goto('about:blank');
      // What the app says when its window closes (a fetch during unload may not make it out).
      await room.must(who, 'presence.set', { id: story.id, editing: false });
    }
    await sync('ben');
    await openArticle('ben', 'en', NEW_HEADLINE);
    // Ben's heartbeat reaches the site; Anna's app learns it with its next round.
    await expect
      .poll(async () => JSON.stringify((await room.api<{ presence?: Array<{ name: string }> }>('anna', 'GET', '/changes?cursor=0&limit=1')).body.presence ?? []), { timeout: 20_000 })
      .toContain('Ben Editor');
    await sync('anna');
    for (const lang of LANGS) {
      const page = await openArticle('anna', lang, NEW_HEADLINE);
      const presence = page.locator('[data-testid="presence-note"]');
      // Another person's presence comes with the app's next sync round.
      const seen = await expect(presence)
        .toContainText('Ben Editor', { timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      if (seen) await shoot(page, 'presence', lang);
      else console.warn(`team screenshots: Anna's app did not show Ben's presence within 30 s (presence.list: ${JSON.stringify(await room.must('anna', 'presence.list', { id: story.id }))}); no presence shot`);
      page.once('dialog', (d) => void d.accept());
      await page.locator('.editor-header .danger').click();
      await expect(page.locator('.banner.error')).toBeVisible();
      await shoot(page, 'delete-refused', lang);
    }
  });

  test('inbox, trash, settings and sites of a person signed in to the site', async () => {
    const draft = await room.must<{ id: string }>('anna', 'articles.create', {});
    story.trashId = draft.id;
    await save('anna', draft.id, { headline: TRASHED });
    await room.must('anna', 'articles.delete', { id: draft.id });
    await sync('anna');
    for (const lang of LANGS) {
      const page = await app('anna', lang);
      await page.locator('.inbox-button').click();
      await expect(page.locator('.inbox-item').first()).toBeVisible();
      await shoot(page, 'inbox', lang);
      await screen(page, 5);
      await expect(page.locator('.trash-item', { hasText: TRASHED })).toBeVisible();
      await shoot(page, 'trash', lang);
      await screen(page, 7);
      await expect(page.locator('[data-testid="team-account-name"]')).toHaveText('Anna Editor');
      await shoot(page, 'settings-account', lang);
      await screen(page, 6);
      await expect(page.locator('[data-testid="site-account"]').first()).toHaveText('Anna Editor');
      await shoot(page, 'sites', lang);
    }
  });

  test('an action someone else overtook is refused in plain words, next to the buttons or in the inbox', async () => {
    for (const lang of LANGS) {
      const headline = `${MARKT} (${lang})`;
      const { id } = await room.must<{ id: string }>('anna', 'articles.create', {});
      await save('anna', id, { section: 'Kultur', headline, teaser: 'Der Wochenmarkt zieht im Frühjahr um.', author: 'Anna Editor', source: 'Stadtverwaltung', tags: ['Markt'], noAds: true, body: { type: 'doc', content: [paragraph('Der Wochenmarkt zieht im Frühjahr auf den Rathausplatz.')] } });
      const a = await room.must<{ rev: number }>('anna', 'articles.get', { id });
      await room.must('anna', 'workflow.transition', { id, baseRev: a.rev, action: 'submit' });
      await sync('anna');
      await sync('ben');
      // Ben opens it while it is in review; meanwhile Clara approves it.
      const page = await openArticle('ben', lang, headline);
      await sync('clara');
      const c = await room.must<{ rev: number }>('clara', 'articles.get', { id });
      await room.must('clara', 'workflow.transition', { id, baseRev: c.rev, action: 'approve' });
      await sync('clara');
      // Here it is withdrawn at once (offline first); the site refuses it on the next round.
      await page.locator('.workflow-bar > button').first().click();
      await page.waitForTimeout(1000);
      await sync('ben');
      const inbox = await app('ben', lang);
      await inbox.locator('.inbox-button').click();
      await expect(inbox.locator('.inbox-item.kind-refused').first()).toBeVisible();
      await shoot(inbox, 'inbox-refused', lang);
    }
  });

  test('an approval the checklist refuses says why, next to the buttons', async () => {
    for (const lang of LANGS) {
      const headline = `Ohne Teaser (${lang})`;
      const { id } = await room.must<{ id: string }>('anna', 'articles.create', {});
      await save('anna', id, { headline, author: 'Anna Editor', tags: ['Test'], noAds: true, body: { type: 'doc', content: [paragraph('Ein kurzer Text ohne Teaser.')] } });
      const a = await room.must<{ rev: number }>('anna', 'articles.get', { id });
      await room.must('anna', 'workflow.transition', { id, baseRev: a.rev, action: 'submit' });
      await sync('anna');
      await sync('clara');
      const page = await openArticle('clara', lang, headline);
      await page.locator('.workflow-bar > button.primary').click();
      await expect(page.locator('.workflow-failure')).toBeVisible();
      await shoot(page, 'workflow-refused', lang);
    }
  });

  test('the embedded site’s demo team: switching the role switches the account', async ({ browser }) => {
    const shell = await startWebShell();
    const context = await browser.newContext({ bypassCSP: true });
    try {
      let lang: Lang = 'en';
      const page = await context.newPage();
      await speak(page, () => lang);
      for (const l of LANGS) {
        lang = l;
        await page.goto(shell.url);
        await page.locator('.views-nav button').nth(7).click();
        await expect(page.locator('#settings-demo-role')).toBeVisible();
        await shoot(page, 'settings-demo', l);
      }
    } finally {
      await context.close();
      await shell.stop();
      removeDataDir(shell.dataDir);
    }
  });
});
