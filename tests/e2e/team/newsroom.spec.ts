/**
 * The newsroom on many machines (issue 10, docs/team-sync.md): one reference site as its own
 * process (PostgreSQL in CI), four people created with the site's CLI, four web shells with
 * their own data directories, each signed in to the site with its person's token. One article
 * goes from a first draft written offline to a correction, through the UI where a person
 * clicks. The steps share the harness and run in order; each test is one step of the story.
 */
import { TZDate } from '@date-fns/tz';
import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { body, expectSaved, newArticle } from '../support/editor';
import { startNewsroom, PEOPLE, type Newsroom, type PersonKey } from '../../support/team/newsroom';

const ZONE = 'Europe/Berlin';
const ROLE_LABEL = { editor: 'Editor', reviewer: 'Reviewer', publisher: 'Publisher' } as const;

const HEADLINE = 'Neue Straßenbahnlinie soll ab 2028 die Nordstadt mit dem Hauptbahnhof verbinden';
const SHORT_HEADLINE = 'Straßenbahn für die Nordstadt ab 2028';
const SENTENCE = 'Die Straßenbahn in die Nordstadt soll ab 2028 fahren.';
const ADDED = ' Das hat der Rat im Mai beschlossen.';
const LIVE_EDIT = 'Die Haltestelle am Markt entfällt.';
const CORRECTION = 'Die Haltestelle am Markt entfällt; die Linie hält stattdessen am Rathaus.';
const ADVERTISER = 'Stadtwerke Nordstadt';
const AD_ALT = 'Strom aus der Nordstadt';
const WORDS = 'Die Planung sieht neue Gleise, barrierefreie Haltestellen und einen dichteren Takt vor, der Pendler aus den Vororten schneller in die Innenstadt bringt'.split(' ');
/** Eighteen paragraphs of about sixty words after the commented sentence: long enough for ads within the density limit. */
const PARAGRAPHS = [SENTENCE, ...Array.from({ length: 18 }, (_, i) => `${i + 2}. Absatz. ${Array.from({ length: 58 }, (_, w) => WORDS[(w + i) % WORDS.length]).join(' ')}.`)];

const MARKT = 'Wochenmarkt zieht auf den Rathausplatz';
const MARKT_PARAGRAPHS = ['Der Wochenmarkt zieht im Frühjahr um.', 'Die Händler begrüßen den neuen Platz.', 'Die Stadt prüft zusätzliche Parkplätze.'] as const;

let room: Newsroom;
const contexts: BrowserContext[] = [];
const pages = {} as Record<PersonKey, Page>;
/** What the steps learn and later steps build on. */
const story = { id: '', slug: '', publishAt: '', marktId: '', liveBody: '' as string | null };

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
const bar = (page: Page) => page.getByRole('group', { name: 'Workflow' });
const status = (page: Page) => bar(page).locator('.status-badge');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const thread = (page: Page, who: PersonKey) => page.getByRole('listitem', { name: `Comment by ${room.people[who].name}` });

/** "YYYY-MM-DD" and "HH:MM" of an instant in the site's zone. */
function berlin(at: Date): { date: string; time: string; german: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, german: `${parts.day}.${parts.month}.${parts.year}` };
}

/** The person's app syncs now (what "Sync now" does), and the round must have reached the site. */
async function sync(who: PersonKey): Promise<void> {
  await room.must(who, 'sync.now');
}

/** The person opens the app fresh and the article from the article list. */
async function openArticle(who: PersonKey, headline: string): Promise<Page> {
  const page = pages[who];
  await page.goto(room.people[who].shell.url);
  await nav(page, 'Articles').click();
  await page.getByRole('button', { name: new RegExp(headline.slice(0, 30)) }).first().click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(new RegExp(headline.slice(0, 30)));
  return page;
}

async function siteArticle(who: PersonKey, id: string) {
  const r = await room.api<{ article: Record<string, unknown> & { status: string; rev: number; statusHistory: Array<{ action: string; note?: string | null; actor: { name: string; role: string } }> } }>(who, 'GET', `/articles/${id}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.article;
}

/** Every thread the site's feed carries for an article, as this person reads it. */
async function siteThreads(who: PersonKey, articleId: string) {
  const threads = new Map<string, { id: string; author: string; anchor: { kind: string; field?: string; quote?: string }; resolved: unknown; replies: Array<{ author: string; text: string }> }>();
  let cursor = 0;
  for (let page = 0; page < 50; page++) {
    const r = await room.api<{ threads?: Array<{ articleId: string; thread: { id: string } } & Record<string, unknown>>; cursor: number; more: boolean }>(who, 'GET', `/changes?cursor=${cursor}&limit=500`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    for (const entry of r.body.threads ?? []) {
      const t = (entry.thread ?? entry) as never as { id: string; articleId?: string };
      if ((entry.articleId ?? t.articleId) === articleId) threads.set(t.id, t as never);
    }
    cursor = r.body.cursor;
    if (!r.body.more) break;
  }
  return [...threads.values()];
}

/** The article body and every ad of a rendered page (`root`: its <body>), as a reader's browser sees them. */
async function pageContent(root: Locator) {
  return root.evaluate((el) => {
    const doc = el.ownerDocument;
    return {
      body: doc.querySelector('.article-body')?.innerHTML ?? null,
      ads: [...(doc.querySelectorAll('aside.ad-slot') as NodeListOf<HTMLElement>)].map((ad) => ({
        slot: ad.dataset.slotId,
        source: ad.dataset.source,
        size: ad.dataset.size,
        creative: ad.querySelector('.ad-creative')?.innerHTML ?? '',
      })),
    };
  });
}

type BodyJson = { body: { content: Array<{ content?: Array<{ text?: string }> }> } };
const paragraphsOf = (a: BodyJson) => a.body.content.map((b) => (b.content ?? []).map((c) => c.text ?? '').join(''));

/**
 * What the person typed into the body is stored in their app: the stored paragraphs (read from
 * the back end until they say so) pass `check`, and the indicator says "Saved". Read from the
 * store, not from the indicator's passing "Saving…": on a loaded machine that state can come
 * and go between two looks.
 */
async function bodySaved(who: PersonKey, find: { id: string } | { headline: string }, check: (paragraphs: string[]) => boolean): Promise<void> {
  const stored = async () => {
    const id = 'id' in find ? find.id : (await room.must<{ items: Array<{ id: string; headline: string }> }>(who, 'articles.list', {})).items.find((a) => a.headline === find.headline)?.id;
    return id ? paragraphsOf(await room.must<BodyJson>(who, 'articles.get', { id })) : [];
  };
  await expect.poll(async () => check(await stored()), { message: `${who}'s typing is stored`, timeout: 15_000 }).toBe(true);
  await expectSaved(pages[who]);
}

async function typeParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  await body(page).click();
  for (const [i, text] of paragraphs.entries()) {
    await page.keyboard.insertText(text);
    if (i < paragraphs.length - 1) await page.keyboard.press('Enter');
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('the newsroom on many machines', () => {
  test.beforeAll(async ({ browser }, testInfo) => {
    testInfo.setTimeout(180_000);
    room = await startNewsroom();
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const context = await browser.newContext();
      contexts.push(context);
      pages[key] = await context.newPage();
    }
  });

  test.afterAll(async () => {
    for (const context of contexts) await context.close();
    await room?.close();
  });

  test('1. the site knows each person by name and role, and each app acts as its person', async () => {
    expect(room.nameFallback, 'names with spaces are accepted by `site/main.ts user add`').toBeNull();
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const me = await room.api<{ user: { id: string; name: string; role: string } }>(key, 'GET', '/me');
      expect(me.status, `GET /api/v1/me as ${PEOPLE[key].name}: ${JSON.stringify(me.body)}`).toBe(200);
      expect(me.body.user).toMatchObject({ name: PEOPLE[key].name, role: PEOPLE[key].role });
      const page = pages[key];
      await page.goto(room.people[key].shell.url);
      await nav(page, 'Sites').click();
      const card = page.locator('.sync-site', { hasText: room.site.url });
      await expect(card.getByText('Connected')).toBeVisible();
      await expect(card).toContainText(PEOPLE[key].name);
      await expect(card).toContainText(ROLE_LABEL[PEOPLE[key].role]);
    }
  });

  test('2. Anna writes the article offline and submits it; it reaches the site when the site is back', async () => {
    test.setTimeout(120_000);
    await room.site.stop();
    const page = pages.anna;
    await page.goto(room.people.anna.shell.url);
    await newArticle(page);
    await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
    await page.getByLabel('Section', { exact: true }).fill('Aktuelle News');
    await page.getByLabel('Teaser', { exact: true }).fill('Der Stadtrat plant eine neue Linie in den Norden.');
    await page.getByLabel('Author', { exact: true }).fill(room.people.anna.name);
    await typeParagraphs(page, PARAGRAPHS);
    await page.getByLabel('Tags', { exact: true }).fill('Verkehr');
    await page.keyboard.press('Enter');
    await page.getByLabel('Source', { exact: true }).fill('Stadtverwaltung');
    await expectSaved(page);
    await tab(page, 'Checklist');
    await expect(page.getByText('All required checks pass.')).toBeVisible();
    await bar(page).getByRole('button', { name: 'Submit for review' }).click();
    await expect(status(page)).toHaveText(/In review/);
    const { items } = await room.must<{ items: Array<{ id: string; slug: string; headline: string }> }>('anna', 'articles.list', {});
    const mine = items.find((a) => a.headline === HEADLINE)!;
    story.id = mine.id;
    story.slug = mine.slug;

    // Offline: the article waits, and the Sites screen says why.
    await nav(page, 'Sites').click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.locator('.sync-site', { hasText: room.site.url }).getByText('Offline')).toBeVisible({ timeout: 20_000 });
    await nav(page, 'Articles').click();
    await expect(page.getByRole('listitem').filter({ hasText: HEADLINE }).locator('[data-sync-state]')).toHaveAttribute('data-sync-state', 'pending');

    // The site is back: one "Sync now" takes the article and the submission there.
    await room.site.start();
    await nav(page, 'Sites').click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect(page.getByText(/Sync finished/)).toBeVisible({ timeout: 20_000 });
    await nav(page, 'Articles').click();
    await expect(page.getByRole('listitem').filter({ hasText: HEADLINE }).locator('[data-sync-state]')).toHaveAttribute('data-sync-state', 'synced', { timeout: 15_000 });
    const onSite = await siteArticle('anna', story.id);
    expect(onSite).toMatchObject({ headline: HEADLINE, status: 'in_review' });
    expect(onSite.statusHistory.at(-1)).toMatchObject({ action: 'submit', actor: { name: room.people.anna.name, role: 'editor' } });
  });

  test('3. Clara comments on a sentence and on the headline and requests changes with a note', async () => {
    await sync('clara');
    const page = pages.clara;
    await page.goto(room.people.clara.shell.url);
    await nav(page, 'Review queue').click();
    await page.getByRole('region', { name: /In review/ }).getByRole('button', { name: HEADLINE }).click();
    await expect(status(page)).toHaveText(/In review/);
    await expect(bar(page).getByRole('button', { name: 'Approve' })).toBeVisible();

    await tab(page, 'Comments');
    // Clara reads (her body is not editable) and selects the first sentence with the mouse.
    await body(page).locator('p').first().click({ clickCount: 3 });
    await page.getByRole('button', { name: 'Comment on selection' }).click();
    await page.getByLabel('Your comment').fill('Ist 2028 schon beschlossen?');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(thread(page, 'clara').locator('q')).toHaveText(SENTENCE);

    await page.getByLabel('Field to comment on').selectOption({ label: 'Headline' });
    await page.getByRole('button', { name: 'Comment on field' }).click();
    await page.getByLabel('Your comment').fill('Die Überschrift ist zu lang.');
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(thread(page, 'clara')).toHaveCount(2);

    await bar(page).getByRole('button', { name: 'Request changes' }).click();
    await page.getByLabel('Note for the editor').fill('Bitte die Jahreszahl belegen und die Überschrift kürzen.');
    await page.getByRole('dialog').getByRole('button', { name: 'Request changes' }).click();
    await expect(status(page)).toHaveText(/Changes requested/);

    await sync('clara');
    const onSite = await siteArticle('clara', story.id);
    expect(onSite.status).toBe('changes_requested');
    expect(onSite.statusHistory.at(-1)).toMatchObject({ action: 'request_changes', note: 'Bitte die Jahreszahl belegen und die Überschrift kürzen.', actor: { name: room.people.clara.name, role: 'reviewer' } });
    // A reviewer never pushes fields: the site still has Anna's text.
    expect(onSite.headline).toBe(HEADLINE);
    const threads = await siteThreads('clara', story.id);
    expect(threads.map((t) => t.author).sort()).toEqual([room.people.clara.name, room.people.clara.name]);
    expect(threads.map((t) => t.anchor.kind).sort()).toEqual(['body', 'field']);
  });

  test('4. Anna sees the status, the note and both comments by Clara, replies, resolves one, fixes the text and resubmits', async () => {
    await sync('anna');
    const page = await openArticle('anna', HEADLINE);
    await expect(status(page)).toHaveText(/Changes requested/);
    await expect(bar(page)).toContainText(`${room.people.clara.name} (Request changes): Bitte die Jahreszahl belegen und die Überschrift kürzen.`);
    await tab(page, 'Comments');
    await expect(thread(page, 'clara')).toHaveCount(2);
    const onSentence = thread(page, 'clara').filter({ has: page.locator('q') });
    const onHeadline = thread(page, 'clara').filter({ hasText: 'On the field Headline' });
    await expect(onSentence.locator('q')).toHaveText(SENTENCE);
    await expect(onSentence).toContainText('Ist 2028 schon beschlossen?');
    await expect(onHeadline).toContainText('Die Überschrift ist zu lang.');

    await onSentence.getByRole('textbox', { name: 'Reply' }).fill('Ja, der Rat hat im Mai entschieden.');
    await onSentence.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(onSentence).toContainText('Ja, der Rat hat im Mai entschieden.');
    await onHeadline.getByRole('button', { name: 'Resolve' }).click();
    await expect(page.getByText('1 resolved comment')).toBeVisible();

    await page.getByLabel('Headline', { exact: true }).fill(SHORT_HEADLINE);
    await body(page).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.insertText(ADDED);
    await expect(body(page).locator('p').first()).toHaveText(SENTENCE + ADDED);
    await bodySaved('anna', { id: story.id }, (p) => p[0] === SENTENCE + ADDED);
    await bar(page).getByRole('button', { name: 'Submit for review' }).click();
    await expect(status(page)).toHaveText(/In review/);

    await sync('anna');
    const onSite = await siteArticle('anna', story.id);
    expect(onSite).toMatchObject({ headline: SHORT_HEADLINE, status: 'in_review' });
    const threads = await siteThreads('anna', story.id);
    const sentenceThread = threads.find((t) => t.anchor.kind === 'body')!;
    expect(sentenceThread.replies).toEqual([expect.objectContaining({ author: room.people.anna.name, text: 'Ja, der Rat hat im Mai entschieden.' })]);
    expect(threads.find((t) => t.anchor.kind === 'field')!.resolved).toMatchObject({ by: room.people.anna.name });
  });

  test('5. Clara sees the reply and what changed since her request, and approves', async () => {
    await sync('clara');
    const page = pages.clara;
    await page.goto(room.people.clara.shell.url);
    await nav(page, 'Review queue').click();
    await page.getByRole('region', { name: /In review/ }).getByRole('button', { name: SHORT_HEADLINE }).click();
    await expect(status(page)).toHaveText(/In review/);
    await tab(page, 'Comments');
    const onSentence = thread(page, 'clara').filter({ has: page.locator('q') });
    await expect(onSentence).toContainText('Ja, der Rat hat im Mai entschieden.');
    await expect(onSentence).toContainText(room.people.anna.name);
    await expect(page.getByText('1 resolved comment')).toBeVisible();

    const since = page.getByRole('region', { name: 'Changed since you requested changes' }).first();
    await expect(since).toBeVisible();
    await expect(since.locator('[data-field="headline"]')).toBeVisible();
    await expect(since.locator('[data-field="body"] ins')).toContainText([/beschlossen/]);
    await expect(since.locator('[data-field="teaser"]')).toHaveCount(0);

    await bar(page).getByRole('button', { name: 'Approve' }).click();
    await expect(status(page)).toHaveText(/Approved/);
    await sync('clara');
    const onSite = await siteArticle('clara', story.id);
    expect(onSite.status).toBe('approved');
    expect(onSite.statusHistory.at(-1)).toMatchObject({ action: 'approve', actor: { name: room.people.clara.name } });
  });

  test('6. Dana adds a campaign and schedules the release through the calendar', async () => {
    const page = pages.dana;
    await sync('dana');
    await page.goto(room.people.dana.shell.url);
    await nav(page, 'Campaigns').click();
    await page.getByRole('button', { name: 'Add campaign' }).click();
    const form = page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Category').selectOption({ label: 'Display' });
    await form.getByLabel('Advertiser').fill(ADVERTISER);
    await form.getByLabel('Image address').fill('https://www.example.org/stadtwerke.png');
    await form.getByLabel('Link (click-through address)').fill('https://www.example.org/stadtwerke');
    await form.getByLabel('Alt text').fill(AD_ALT);
    const today = berlin(room.now());
    await form.getByLabel('Flight start date').fill(today.date);
    await form.getByLabel('Flight end date').fill('2099-12-31');
    await form.getByLabel('Priority').fill('100');
    await form.getByRole('button', { name: 'Save campaign' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByRole('row', { name: new RegExp(ADVERTISER) })).toBeVisible();

    // Tomorrow 22:00 in Berlin, when the night's campaigns run too.
    const tomorrow = berlin(new Date(room.now().getTime() + 86_400_000)).date;
    const [y, m, d] = tomorrow.split('-').map(Number) as [number, number, number];
    story.publishAt = new Date(new TZDate(y, m - 1, d, 22, 0, 0, ZONE).getTime()).toISOString();
    await nav(page, 'Calendar').click();
    await page.getByRole('button', { name: `Schedule "${SHORT_HEADLINE}"` }).click();
    await page.getByLabel('Date', { exact: true }).fill(tomorrow);
    await page.getByLabel('Time', { exact: true }).fill('22:00');
    await page.locator('.move-form').getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'goes live' })).toBeVisible();
    await expect(page.locator(`td[data-date="${tomorrow}"]`).getByRole('button', { name: new RegExp(SHORT_HEADLINE) })).toContainText('22:00');

    await sync('dana');
    const campaigns = await room.api<{ campaigns?: Array<{ advertiser: string }>; items?: Array<{ advertiser: string }> }>('dana', 'GET', '/ads/campaigns');
    expect(campaigns.status).toBe(200);
    expect(JSON.stringify(campaigns.body)).toContain(ADVERTISER);
    const onSite = await siteArticle('dana', story.id);
    expect(onSite.status).toBe('scheduled');
    expect((onSite.schedule as { publishAt: string }).publishAt).toBe(story.publishAt);
    // The slug followed the shorter headline; the public page will be under the site's.
    story.slug = String(onSite.slug);
    expect(onSite.statusHistory.at(-1)).toMatchObject({ action: 'schedule', actor: { name: room.people.dana.name, role: 'publisher' } });
    expect((await fetch(`${room.site.url}/artikel/${story.slug}`)).status).toBe(404);
  });

  test('7. the clock passes: the public page’s body and ads equal Clara’s preview at the same instant', async ({ browser }) => {
    const target = Date.parse(story.publishAt) + 5 * 60_000;
    room.advanceClock(target - room.now().getTime());
    await expect
      .poll(async () => (await fetch(`${room.site.url}/artikel/${story.slug}`)).status, { timeout: 20_000 })
      .toBe(200)
      .catch(async (err: Error) => {
        const a = await siteArticle('clara', story.id);
        throw new Error(`the site did not publish at ${story.publishAt} (clock now ${room.now().toISOString()}): status ${a.status}, last history ${JSON.stringify(a.statusHistory.at(-1))}\n${err.message}`);
      });
    const onSite = await siteArticle('clara', story.id);
    expect(onSite.statusHistory.at(-1)).toMatchObject({ action: 'auto_publish', to: 'published' });

    // A reader opens the public page.
    const reader = await browser.newPage();
    try {
      const at = room.now();
      await reader.goto(`${room.site.url}/artikel/${story.slug}`, { waitUntil: 'domcontentloaded' });
      const live = await pageContent(reader.locator('body'));
      story.liveBody = live.body;
      expect(live.body).toContain(SENTENCE + ADDED);
      expect(live.ads.length).toBeGreaterThan(1);
      // Dana's campaign fills slots on the public page.
      expect(live.ads.filter((a) => a.creative.includes(`alt="${AD_ALT}"`)).length).toBeGreaterThan(0);

      // Clara previews the article at that instant.
      await sync('clara');
      const page = await openArticle('clara', SHORT_HEADLINE);
      await expect(status(page)).toHaveText(/Published/);
      await tab(page, 'Preview');
      const when = berlin(at);
      const group = page.getByRole('group', { name: 'Preview time' });
      await group.getByLabel('Preview date').fill(when.date);
      await group.getByLabel('Preview time of day').fill(when.time);
      await page.getByRole('radio', { name: 'Desktop', exact: true }).check();
      const frame = page.frameLocator('iframe[title="Page preview, Desktop (1280 px)"]:not([tabindex="-1"])');
      await expect(frame.locator('h1')).toHaveText(SHORT_HEADLINE);
      await expect.poll(async () => JSON.stringify(await pageContent(frame.locator('body'))), { timeout: 10_000 }).toBe(JSON.stringify(live));
    } finally {
      await reader.close();
    }
  });

  test('8. Anna edits the live article; the public page keeps the live version until Dana updates it with a correction note', async ({ browser }) => {
    await sync('anna');
    const page = await openArticle('anna', SHORT_HEADLINE);
    await expect(status(page)).toHaveText(/Published/);
    // Before the first keystroke the header says what editing a live article does.
    await expect(page.getByText('Changes form a pending update', { exact: false })).toBeVisible();
    // A new last paragraph.
    await body(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(LIVE_EDIT);
    await expect(body(page).locator('p').last()).toHaveText(LIVE_EDIT);
    await bodySaved('anna', { id: story.id }, (p) => p.at(-1) === LIVE_EDIT);
    await sync('anna');
    const pending = await siteArticle('anna', story.id);
    const lastBlock = (pending.body as { content: Array<{ content?: Array<{ text?: string }> }> }).content.at(-1)?.content?.[0]?.text;
    expect(lastBlock, `the site has Anna's new paragraph (status ${pending.status}, rev ${pending.rev})`).toBe(LIVE_EDIT);
    expect(pending.pendingUpdate, `the site marks a pending update (status ${pending.status}, rev ${pending.rev})`).toMatchObject({ by: room.people.anna.name });
    // A reader still gets the very body that went live.
    const reader = await browser.newPage();
    try {
      await reader.goto(`${room.site.url}/artikel/${story.slug}`, { waitUntil: 'domcontentloaded' });
      expect((await pageContent(reader.locator('body'))).body).toBe(story.liveBody);
      await expect(reader.locator('body')).not.toContainText('Korrektur vom');
    } finally {
      await reader.close();
    }

    await sync('dana');
    const dana = await openArticle('dana', SHORT_HEADLINE);
    await expect(dana.getByText('Pending update', { exact: true })).toBeVisible();
    await bar(dana).getByRole('button', { name: /^Update live article/ }).click();
    const dialog = dana.getByRole('dialog', { name: 'Update live article' });
    await dialog.getByLabel(/correction/i).fill(CORRECTION);
    await dialog.getByRole('button', { name: /Update live article/ }).click();
    await expect(dialog).toHaveCount(0);
    await sync('dana');
    const after = await (await fetch(`${room.site.url}/artikel/${story.slug}`)).text();
    expect(after).toContain(`<p>${LIVE_EDIT}</p>`);
    expect(after).toMatch(new RegExp(`Korrektur vom <time[^>]*>${berlin(room.now()).german.replace(/\./g, '\\.')}</time>:</strong> ${CORRECTION}`));
    expect((await siteArticle('dana', story.id)).pendingUpdate ?? null).toBeNull();
  });

  test('9. Anna and Ben change the same article offline and nothing is lost', async () => {
    test.setTimeout(120_000);
    // Ben writes a short notice; both apps have it.
    const ben = pages.ben;
    await ben.goto(room.people.ben.shell.url);
    await newArticle(ben);
    await ben.getByLabel('Headline', { exact: true }).fill(MARKT);
    await ben.getByLabel('Teaser', { exact: true }).fill('Ab März auf dem Rathausplatz.');
    await typeParagraphs(ben, [...MARKT_PARAGRAPHS]);
    await expect(body(ben).locator('p')).toHaveText([...MARKT_PARAGRAPHS]);
    await bodySaved('ben', { headline: MARKT }, (p) => p.join('\n') === MARKT_PARAGRAPHS.join('\n'));
    await sync('ben');
    await sync('anna');
    const { items } = await room.must<{ items: Array<{ id: string; headline: string }> }>('anna', 'articles.list', {});
    story.marktId = items.find((a) => a.headline === MARKT)?.id ?? '';
    expect(story.marktId, 'Ben’s article reached Anna’s app').not.toBe('');
    const arrived = await room.must<BodyJson>('anna', 'articles.get', { id: story.marktId });
    expect(paragraphsOf(arrived), 'Ben’s paragraphs reached Anna’s app').toEqual([...MARKT_PARAGRAPHS]);

    await room.site.stop();
    // Anna: the teaser, the first paragraph and a tag.
    const anna = await openArticle('anna', MARKT);
    await anna.getByLabel('Teaser', { exact: true }).fill('Ab März jeden Samstag auf dem Rathausplatz.');
    await body(anna).locator('p').first().click();
    await anna.keyboard.press('End');
    await anna.keyboard.insertText(' Anna ergänzt: auch samstags.');
    await anna.getByLabel('Tags', { exact: true }).fill('Markt');
    await anna.keyboard.press('Enter');
    await expectSaved(anna);
    // Ben: the headline, the third paragraph and another tag.
    await openArticle('ben', MARKT);
    await ben.getByLabel('Headline', { exact: true }).fill(`${MARKT} – ab März`);
    await body(ben).locator('p').nth(2).click();
    await ben.keyboard.press('End');
    await ben.keyboard.insertText(' Ben ergänzt: 40 Stellplätze.');
    await ben.getByLabel('Tags', { exact: true }).fill('Innenstadt');
    await ben.keyboard.press('Enter');
    await expectSaved(ben);

    await room.site.start();
    for (const who of ['anna', 'ben', 'anna', 'ben'] as const) await sync(who);
    const expected = {
      headline: `${MARKT} – ab März`,
      teaser: 'Ab März jeden Samstag auf dem Rathausplatz.',
      paragraphs: [`${MARKT_PARAGRAPHS[0]} Anna ergänzt: auch samstags.`, MARKT_PARAGRAPHS[1], `${MARKT_PARAGRAPHS[2]} Ben ergänzt: 40 Stellplätze.`],
      tags: ['Innenstadt', 'Markt'],
    };
    type Doc = BodyJson & { headline: string; teaser: string; tags: string[] };
    const view = (a: Doc) => ({ headline: a.headline, teaser: a.teaser, paragraphs: paragraphsOf(a), tags: [...a.tags].sort() });
    expect(view((await siteArticle('anna', story.marktId)) as never as Doc)).toEqual(expected);
    for (const who of ['anna', 'ben'] as const) {
      expect(view(await room.must<Doc>(who, 'articles.get', { id: story.marktId })), `${who}'s app`).toEqual(expected);
      const page = await openArticle(who, MARKT);
      await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(expected.headline);
      await expect(body(page).locator('p')).toHaveText(expected.paragraphs);
    }
  });

  test('10. Anna and Ben rewrite the same teaser offline: both versions are kept until Anna chooses', async () => {
    const ANNA_TEASER = 'Ab März samstags auf dem Rathausplatz, sagt die Stadt.';
    const BEN_TEASER = 'Der Markt zieht um: ab März auf dem Rathausplatz.';
    await room.site.stop();
    const anna = await openArticle('anna', MARKT);
    await anna.getByLabel('Teaser', { exact: true }).fill(ANNA_TEASER);
    await expectSaved(anna);
    const ben = await openArticle('ben', MARKT);
    await ben.getByLabel('Teaser', { exact: true }).fill(BEN_TEASER);
    await expectSaved(ben);
    await room.site.start();
    await sync('ben');
    await sync('anna');

    // Anna's app keeps her teaser in the article and the site's beside it.
    await anna.goto(room.people.anna.shell.url);
    await expect(anna.getByRole('listitem').filter({ hasText: MARKT }).locator('[data-sync-state]')).toHaveAttribute('data-sync-state', 'conflict');
    expect((await room.must<{ teaser: string }>('anna', 'articles.get', { id: story.marktId })).teaser).toBe(ANNA_TEASER);
    await nav(anna, 'Sites').click();
    await anna.getByRole('button', { name: 'Resolve' }).click();
    const row = anna.locator('fieldset', { hasText: 'Teaser' });
    await expect(row.getByText(ANNA_TEASER)).toBeVisible();
    await expect(row.getByText(BEN_TEASER)).toBeVisible();
    await row.getByRole('button', { name: /Keep mine/ }).click();
    await anna.getByRole('button', { name: 'Apply choices' }).click();
    await expect(anna.getByText('Conflict resolved; the article is being synced.')).toBeVisible();

    await sync('anna');
    await sync('ben');
    expect((await siteArticle('anna', story.marktId)).teaser).toBe(ANNA_TEASER);
    await openArticle('ben', MARKT);
    await expect(ben.getByLabel('Teaser', { exact: true })).toHaveValue(ANNA_TEASER);
  });

  test('11. a deletion travels: Ben deletes the notice and it leaves Anna’s list too', async () => {
    const ben = await openArticle('ben', MARKT);
    ben.once('dialog', (d) => void d.accept());
    await ben.getByRole('button', { name: 'More actions' }).click();
    await ben.getByRole('menuitem', { name: 'Delete article' }).click();
    await expect(ben.getByRole('button', { name: new RegExp(MARKT) })).toHaveCount(0);
    await sync('ben');
    const onSite = await room.api<{ article?: { deletedAt?: string | null } }>('ben', 'GET', `/articles/${story.marktId}`);
    expect(onSite.status === 404 || !!onSite.body.article?.deletedAt, `the site marks it deleted: ${JSON.stringify(onSite.body).slice(0, 300)}`).toBe(true);

    await sync('anna');
    const anna = pages.anna;
    await anna.goto(room.people.anna.shell.url);
    await nav(anna, 'Articles').click();
    await expect(anna.getByRole('button', { name: new RegExp(SHORT_HEADLINE) }).first()).toBeVisible();
    await expect(anna.getByRole('button', { name: new RegExp(MARKT) })).toHaveCount(0);
    // Anna's trash has it, and says who deleted it.
    await nav(anna, 'Trash').click();
    const entry = anna.getByRole('list', { name: 'Deleted articles' }).getByRole('listitem').filter({ hasText: MARKT });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`Deleted by ${room.people.ben.name} on`);
  });
});
