/**
 * Suggestions between two machines (issue 12): one reference site as its own process, an
 * editor and a reviewer, each with their own web shell, data directory and site account. The
 * reviewer suggests in the body (she may not edit it), the editor sees the suggestions after
 * sync and accepts them, the body changes and the reviewer sees them decided. Ctrl+Alt+M opens
 * a comment from the Preview tab without touching the text. Shots: docs/screenshots/suggestions-{en,de}.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { body, expectSaved, newArticle } from './support/editor';
import { untilSynced } from './support/team';
import { removeDataDir, startWebShell, type WebShell } from './support/web-shell';
import { startSiteProcess, type SiteProcess } from '../support/team/site-process';
import { docShot } from './support/doc-shot';

const TEXT = 'Der Hafen von Hamburg wächst sehr schnell.';
const ACCEPTED = 'Der alte Hafen von Bremen wächst schnell.';
type Person = { name: string; shell: WebShell; page: Page };

let site: SiteProcess;
let clockDir: string;
const people: Person[] = [];

async function person(browser: Browser, name: string, role: 'editor' | 'reviewer'): Promise<Person> {
  const added = site.addUser(name, role);
  if (!added.token) throw new Error(`user add ${name}: ${added.output}`);
  const shell = await startWebShell({ env: { COPYDESK_EMBEDDED_SITE: '0', COPYDESK_CLOCK_FILE: path.join(clockDir, 'offset') } });
  const r = await shell.call('sites.add', { kind: 'reference-site', url: site.url, token: added.token });
  if (!r.ok) throw new Error(`sites.add: ${JSON.stringify(r.error)}`);
  const page = await (await browser.newContext({ bypassCSP: true })).newPage(); // bypassCSP: axe is injected
  const p = { name, shell, page };
  people.push(p);
  return p;
}

const must = async <T>(p: Person, name: string, args: unknown = {}): Promise<T> => {
  const r = await p.shell.call<T>(name, args);
  if (!r.ok) throw new Error(`${p.name}: ${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
};
/**
 * Puts the body's cursor after `offset` characters of its first paragraph, selecting `length`
 * more, as a mouse selection does (suggested insertions shown in the text are not counted).
 */
async function selectInBody(page: Page, offset: number, length = 0): Promise<void> {
  await body(page).click();
  await body(page).evaluate(
    (root, [start, count]) => {
      const paragraph = root.querySelector('p')!;
      const walker = root.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('.suggestion-insert') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
      const at = (want: number): [Node, number] => {
        let seen = 0;
        walker.currentNode = paragraph;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (want <= seen + len) return [n, want - seen];
          seen += len;
        }
        throw new Error(`offset ${want} is past the paragraph`);
      };
      const range = root.ownerDocument.createRange();
      range.setStart(...at(start!));
      range.setEnd(...at(start! + count!));
      const selection = root.ownerDocument.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [offset, length],
  );
  await page.waitForTimeout(100); // ProseMirror reads the selection on selectionchange
}
/** The body and the Comments tab in view, as an editor reviewing suggestions sees them. */
async function shoot(page: Page, lang: 'en' | 'de'): Promise<void> {
  await page.locator('.body-field').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(500);
  await page.screenshot({ path: docShot(`suggestions-${lang}.png`) });
}
/** Serious or critical axe-core findings inside the body field and the side panel (what this feature draws). */
async function violationsIn(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Axe = { run(ctx: object, opts: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run({ include: [['.body-field'], ['.side-panel']] }, { resultTypes: ['violations'] });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const suggestion = (page: Page, who: string) => page.getByRole('listitem', { name: `Suggestion by ${who}` });

async function openArticle(p: Person, headline: string, lang: 'en' | 'de' = 'en'): Promise<void> {
  await p.page.unrouteAll();
  if (lang === 'de') {
    await p.page.route('**/api/app.info', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { ok: boolean; value?: { forcedLanguage: string | null } };
      if (json.ok && json.value) json.value.forcedLanguage = 'de';
      await route.fulfill({ response, json });
    });
  }
  await p.page.goto(p.shell.url);
  await p.page.locator('nav').getByRole('button', { name: lang === 'de' ? 'Artikel' : 'Articles', exact: true }).click();
  await p.page.getByRole('button', { name: new RegExp(headline) }).first().click();
  await expect(p.page.getByRole('textbox', { name: lang === 'de' ? 'Text' : 'Body', exact: true })).toContainText('Hafen');
}

test.describe.configure({ mode: 'serial' });

test.describe('suggestions between an editor and a reviewer', () => {
  let editor: Person;
  let reviewer: Person;
  let colleague: Person;
  let id = '';

  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(120_000);
    clockDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-suggest-clock-'));
    writeFileSync(path.join(clockDir, 'offset'), '0');
    site = await startSiteProcess({ clockFile: path.join(clockDir, 'offset') });
    editor = await person(browser, 'Erik Editor', 'editor');
    reviewer = await person(browser, 'Rita Reviewerin', 'reviewer');
    colleague = await person(browser, 'Clara Kollegin', 'editor');
  });
  test.afterAll(async () => {
    for (const p of people) {
      await p.page.context().close();
      await p.shell.stop();
      removeDataDir(p.shell.dataDir);
    }
    await site?.close();
    rmSync(clockDir, { recursive: true, force: true });
  });

  test('1. Ctrl+Alt+M with the Preview tab open opens a comment on the selection; the text stays', async () => {
    const page = editor.page;
    await page.goto(editor.shell.url);
    await newArticle(page);
    await page.getByLabel('Headline', { exact: true }).fill('Hafen wächst');
    await body(page).click();
    await page.keyboard.insertText(TEXT);
    await expectSaved(page);
    await expect(tab(page, 'Preview')).toHaveAttribute('aria-selected', 'true');
    await selectInBody(page, 4, 5); // "Hafen"
    await page.keyboard.press('Control+Alt+KeyM');
    await expect(tab(page, 'Comments')).toHaveAttribute('aria-selected', 'true');
    const box = page.getByRole('textbox', { name: 'Your comment' });
    await expect(box).toBeFocused();
    await page.keyboard.type('Welcher Hafen genau?');
    await expect(body(page)).toHaveText(TEXT);
    await page.getByRole('button', { name: 'Add comment' }).click();
    const comment = page.getByRole('listitem', { name: 'Comment by Erik Editor' });
    await expect(comment).toContainText('Welcher Hafen genau?');
    await expect(comment.locator('q')).toHaveText('Hafen');

    // From a field, with another tab showing.
    await tab(page, 'Preview').click();
    await page.getByLabel('Headline', { exact: true }).focus();
    await page.keyboard.press('Control+Alt+KeyM');
    await expect(page.getByRole('textbox', { name: 'Your comment' })).toBeFocused();
    await expect(page.locator('.new-comment')).toContainText('On the field Headline');
    await page.keyboard.type('Kürzer?');
    await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Hafen wächst');
    await page.getByRole('button', { name: 'Cancel' }).click();
    id = (await must<{ items: Array<{ id: string }> }>(editor, 'articles.list', {})).items[0]!.id;
    await must(editor, 'sync.now');
    await untilSynced(editor.shell, id);
  });

  test('2. the reviewer suggests: a replacement, a deletion, an insertion; the body itself does not change', async () => {
    await expect.poll(async () => (await must(reviewer, 'sync.now'), (await reviewer.shell.call('articles.get', { id })).ok), { timeout: 20_000 }).toBe(true);
    await openArticle(reviewer, 'Hafen wächst');
    const page = reviewer.page;
    // Right to left, so the cursor never has to pass a suggestion on its way.
    await selectInBody(page, 28, 5); // " sehr"
    await page.keyboard.press('Backspace');
    await selectInBody(page, 14, 7); // "Hamburg"
    await page.keyboard.type('Bremen');
    await selectInBody(page, 4); // before "Hafen"
    await page.keyboard.type('alte ');
    await expect(page.locator('.suggestion-delete')).toHaveText([' sehr', 'Hamburg'].sort((a, b) => TEXT.indexOf(a) - TEXT.indexOf(b)));
    await expect(page.locator('.suggestion-insert')).toHaveText(['alte ', 'Bremen']);
    await tab(page, 'Comments').click();
    await expect(suggestion(page, 'Rita Reviewerin')).toHaveCount(3);
    await expect(page.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Withdraw my suggestion' })).toHaveCount(3);
    await expect.poll(async () => (await must<{ body: unknown }>(reviewer, 'articles.get', { id })).body).toEqual((await must<{ body: unknown }>(editor, 'articles.get', { id })).body);
    await expect.poll(async () => (await must<Array<{ suggestion?: { insert: string } }>>(reviewer, 'comments.list', { id })).map((t) => t.suggestion?.insert).filter((x) => x !== undefined).sort()).toEqual(['', 'Bremen', 'alte ']);
    await must(reviewer, 'sync.now');
    await untilSynced(reviewer.shell, id);
  });

  test('3. the editor sees them after sync, accepts one and then all; the body changes as one edit each', async () => {
    await must(editor, 'sync.now');
    const page = editor.page;
    await openArticle(editor, 'Hafen wächst');
    await tab(page, 'Comments').click();
    await expect(suggestion(page, 'Rita Reviewerin')).toHaveCount(3, { timeout: 15_000 });
    await expect(page.locator('.suggestion-insert')).toHaveText(['alte ', 'Bremen']);
    await shoot(page, 'en');
    expect(await violationsIn(page)).toEqual([]);
    await openArticle(editor, 'Hafen wächst', 'de');
    await page.locator('#panel-tab-comments').click();
    await expect(page.getByRole('listitem', { name: 'Vorschlag von Rita Reviewerin' })).toHaveCount(3);
    await shoot(page, 'de');
    await openArticle(editor, 'Hafen wächst');
    await tab(page, 'Comments').click();

    await suggestion(page, 'Rita Reviewerin').filter({ hasText: 'Bremen' }).getByRole('button', { name: 'Accept suggestion by Rita Reviewerin' }).click();
    await expect(body(page)).toContainText('Hafen von Bremen wächst');
    await expect(suggestion(page, 'Rita Reviewerin')).toHaveCount(2);
    await page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect(body(page)).toHaveText(ACCEPTED);
    await expect(page.locator('.suggestion-insert, .suggestion-delete')).toHaveCount(0);
    await expectSaved(page);
    await expect(page.getByText('3 decided suggestions')).toBeVisible();
    await must(editor, 'sync.now');
    await untilSynced(editor.shell, id);
  });

  test('4. the reviewer sees the suggestions accepted and the new text', async () => {
    await expect
      .poll(async () => (await must(reviewer, 'sync.now'), (await must<Array<{ suggestion?: { outcome?: string } }>>(reviewer, 'comments.list', { id })).filter((t) => t.suggestion?.outcome === 'accepted').length), { timeout: 20_000 })
      .toBe(3);
    // The threads and the article travel in separate feeds: wait until the accepted text is here too.
    await expect
      .poll(async () => (await must(reviewer, 'sync.now'), JSON.stringify((await must<{ body: unknown }>(reviewer, 'articles.get', { id })).body)), { timeout: 20_000 })
      .toContain('Bremen');
    // Her editor has had the article open since she suggested: it follows without reopening.
    await expect(body(reviewer.page)).toHaveText(ACCEPTED, { timeout: 10_000 });
    await openArticle(reviewer, 'Hafen wächst');
    await expect(body(reviewer.page)).toHaveText(ACCEPTED);
    await tab(reviewer.page, 'Comments').click();
    await reviewer.page.getByText('3 decided suggestions').click();
    await expect(reviewer.page.getByRole('list', { name: 'Accepted and rejected suggestions' })).toContainText('Accepted by Erik Editor');
  });

  test('5. an editor with the article open sees a colleague’s teaser arrive; what he types after it saves on top', async () => {
    const page = editor.page; // open on the article since step 3
    await expect.poll(async () => (await must(colleague, 'sync.now'), (await colleague.shell.call('articles.get', { id })).ok), { timeout: 20_000 }).toBe(true);
    const theirs = await must<{ rev: number }>(colleague, 'articles.get', { id });
    await must(colleague, 'articles.save', { id, baseRev: theirs.rev, changes: { teaser: 'Bremen überholt Hamburg beim Umschlag.' } });
    await must(colleague, 'sync.now');
    await untilSynced(colleague.shell, id);
    await expect.poll(async () => (await must(editor, 'sync.now'), (await must<{ teaser: string }>(editor, 'articles.get', { id })).teaser), { timeout: 20_000 }).toBe('Bremen überholt Hamburg beim Umschlag.');
    const teaser = page.getByLabel('Teaser', { exact: true });
    await expect(teaser).toHaveValue('Bremen überholt Hamburg beim Umschlag.', { timeout: 10_000 });
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' Mehr dazu.');
    // Saved on the revision sync made (the editor's own would be refused as stale), with her teaser kept.
    await expect.poll(async () => JSON.stringify((await must<{ body: unknown }>(editor, 'articles.get', { id })).body), { timeout: 10_000 }).toContain(`${ACCEPTED} Mehr dazu.`);
    await expectSaved(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect((await must<{ teaser: string }>(editor, 'articles.get', { id })).teaser).toBe('Bremen überholt Hamburg beim Umschlag.');
    await must(editor, 'sync.now');
    await untilSynced(editor.shell, id);
    await expect.poll(async () => (await must(colleague, 'sync.now'), JSON.stringify((await must<{ body: unknown }>(colleague, 'articles.get', { id })).body)), { timeout: 20_000 }).toContain('Mehr dazu.');
  });

  test('6. both change the teaser at once: the save meets the revision sync made, his text stays and the notice says so', async () => {
    const page = editor.page;
    // The reread of the article waits until the colleague's teaser is here and he has typed over it.
    let hold = true;
    const held: Array<() => void> = [];
    await page.route('**/api/articles.get', async (route) => {
      if (hold) await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    });
    const theirs = await must<{ rev: number }>(colleague, 'articles.get', { id });
    await must(colleague, 'articles.save', { id, baseRev: theirs.rev, changes: { teaser: 'Clara: Umschlag wächst.' } });
    await must(colleague, 'sync.now');
    await untilSynced(colleague.shell, id);
    await expect.poll(async () => (await must(editor, 'sync.now'), (await must<{ teaser: string }>(editor, 'articles.get', { id })).teaser), { timeout: 20_000 }).toBe('Clara: Umschlag wächst.');
    await page.getByLabel('Teaser', { exact: true }).fill('Erik: Bremen überholt Hamburg.');
    await expect.poll(() => held.length, { timeout: 10_000 }).toBeGreaterThan(0);
    hold = false;
    for (const release of held) release();
    await expect(page.getByRole('alert')).toContainText('A colleague changed Teaser at the same time; your version stays');
    await expectSaved(page);
    await expect(page.getByLabel('Teaser', { exact: true })).toHaveValue('Erik: Bremen überholt Hamburg.');
    expect((await must<{ teaser: string }>(editor, 'articles.get', { id })).teaser).toBe('Erik: Bremen überholt Hamburg.');
    // The field he types in stays in sight below the sticky header, with the notice above it.
    const teaser = page.getByLabel('Teaser', { exact: true });
    await teaser.focus();
    const headerBottom = await page.locator('.editor-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect((await teaser.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
    await page.screenshot({ path: docShot('editor-kept-yours-en.png') });
    await page.unrouteAll();
  });
});
