import { test as base, expect, type Page } from '@playwright/test';
import { body, expectSaved, newArticle } from './support/editor';
import { untilSynced, useDemoAccount } from './support/team';
import { removeDataDir, startWebShell, type WebShell } from './support/web-shell';

/** A web shell with or without its embedded site (without: the app's own workflow, roles from Settings). */
const test = base.extend<{ embedded: boolean; shell: WebShell }>({
  embedded: [false, { option: true }],
  shell: async ({ embedded }, use) => {
    const shell = await startWebShell({ env: embedded ? {} : { COPYDESK_EMBEDDED_SITE: '0' } });
    await use(shell);
    await shell.stop();
    removeDataDir(shell.dataDir);
  },
});

const headline = (page: Page) => page.getByLabel('Headline', { exact: true });
const teaser = (page: Page) => page.getByLabel('Teaser', { exact: true });
const bar = (page: Page) => page.getByRole('group', { name: 'Workflow' });
const statusBadge = (page: Page) => bar(page).locator('.status-badge');
const activeIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

/** True when nothing of the field's text is hidden: no scrolling inside it. */
const showsAllText = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1);

async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).evaluate((el: HTMLTextAreaElement, t: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** An article that passes the checklist, created through the back end. */
async function readyArticle(shell: WebShell, headlineText = 'Hafen meldet Rekordumschlag'): Promise<{ id: string; slug: string }> {
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  const saved = await shell.call<{ slug: string }>('articles.save', {
    id: created.value!.id,
    baseRev: created.value!.rev,
    changes: {
      headline: headlineText,
      teaser: 'Mehr Container als je zuvor.',
      author: 'Erika Mustermann',
      source: 'Hafenbehörde',
      tags: ['Hafen'],
      noAds: true,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Der Hafen hat im Jahr mehr umgeschlagen als je zuvor.' }] }] },
    },
  });
  expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
  return { id: created.value!.id, slug: saved.value!.slug };
}

async function actAs(page: Page, shell: WebShell, role: 'editor' | 'reviewer' | 'publisher', articleHeadline: string) {
  const r = await shell.call('settings.update', { profile: { name: `Test ${role}`, role } });
  expect(r.ok).toBe(true);
  await page.goto(shell.url);
  await page.getByRole('button', { name: new RegExp(articleHeadline) }).first().click();
  await expect(statusBadge(page)).toBeVisible();
}

test('headline and teaser grow with their text, count by the checklist’s rule, and the headline stays one paragraph', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  // An empty article: "0 words", no reading time.
  await expect(page.locator('.counts')).toHaveText('0 words');

  const oneLine = await headline(page).evaluate((el) => el.getBoundingClientRect().height);
  const long = 'Übernahme bei den Stadtwerken: Was Kunden in Köln jetzt über Preise und Verträge wissen müssen';
  await headline(page).fill(long);
  expect(await headline(page).evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(oneLine * 1.5);
  expect(await showsAllText(page, 'Headline')).toBe(true);
  const counter = page.locator('#field-headline-count');
  await expect(counter.locator('[aria-hidden="true"]')).toHaveText(`${long.length} / 80 · too long`);
  await expect(counter.locator('.visually-hidden')).toHaveText(`${long.length} characters: longer than the allowed 80`);
  await expect(counter).toHaveAttribute('data-verdict', 'tooLong');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.locator('[data-check="headline"]')).toContainText(`The headline is ${long.length} characters long (at most 80).`);
  await expect(page.locator('[data-check="headline"]')).toHaveClass(/check-fail/);

  // Enter adds no line break: it moves on to the teaser. Pasted line breaks become spaces.
  await headline(page).fill('Hafen meldet');
  await headline(page).press('End');
  await headline(page).press('Enter');
  await expect(teaser(page)).toBeFocused();
  await expect(headline(page)).toHaveValue('Hafen meldet');
  await headline(page).focus();
  await headline(page).press('End');
  await paste(page, 'Headline', ' Rekord\r\numschlag\n');
  await expect(headline(page)).toHaveValue('Hafen meldet Rekord umschlag ');
  await page.keyboard.press('Control+z');
  await expect(headline(page)).toHaveValue('Hafen meldet');
  await expect(counter).toHaveAttribute('data-verdict', 'fits');
  await expect(counter).toContainText('12 / 70');

  // The teaser shows all of a long text, line breaks included.
  const lines = Array.from({ length: 8 }, (_, i) => `Absatz ${i + 1}: Die Stadtwerke wechseln den Eigentümer, für Kunden ändert sich vorerst wenig.`).join('\n');
  await teaser(page).fill(lines);
  expect(await showsAllText(page, 'Teaser')).toBe(true);
  await expect(page.locator('#field-teaser-count')).toHaveAttribute('data-verdict', 'long');
  await expectSaved(page);
  const saved = (await shell.call<{ items: Array<{ id: string }> }>('articles.list', {})).value!.items[0]!;
  expect((await shell.call<{ headline: string; teaser: string }>('articles.get', { id: saved.id })).value).toMatchObject({ headline: 'Hafen meldet', teaser: lines });
});

test('the slug follows a headline ending in a number, typed key by key (the back end’s rule)', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await headline(page).pressSequentially('Wahl 2025 in Köln');
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('wahl-2025-in-koeln');
  await expectSaved(page);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('wahl-2025-in-koeln');
});

test('spell-checking follows the article’s language: headline, teaser and body carry its lang', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  const langs = () => Promise.all([headline(page).getAttribute('lang'), teaser(page).getAttribute('lang'), body(page).getAttribute('lang')]);
  expect(await langs()).toEqual(['de', 'de', 'de']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language', { exact: true }).selectOption('en');
  await expect.poll(langs).toEqual(['en', 'en', 'en']);
  await body(page).click();
  await page.keyboard.type('Still typing.');
  await expect.poll(langs).toEqual(['en', 'en', 'en']);
  await expect(page.locator('.counts')).toHaveText('2 words · 1 min read');
});

test('the header holds still: save state and workflow changes move neither the status, the counts nor "More"; Delete is in "More"', async ({ page, shell }) => {
  const { slug } = await readyArticle(shell);
  expect(slug).toBe('hafen-meldet-rekordumschlag');
  await actAs(page, shell, 'editor', 'Hafen meldet');
  const more = page.getByRole('button', { name: 'More actions' });
  const boxes = async () => ({
    more: (await more.count()) > 0 ? await more.boundingBox() : null,
    // Where the status starts (its width follows its text).
    status: await statusBadge(page).boundingBox().then((b) => b && { x: b.x, y: b.y }),
    save: await page.locator('.save-status').boundingBox().then((b) => b && { x: b.x, y: b.y }),
    counts: await page.locator('.counts').boundingBox().then((b) => b && { x: b.x, y: b.y }),
  });
  const before = await boxes();
  await teaser(page).pressSequentially(' Neu.');
  await expect(page.locator('.save-status')).toContainText(/Saving|Saved/);
  const whileSaving = await boxes();
  await expectSaved(page);
  expect(await boxes()).toEqual(before);
  expect(whileSaving).toEqual(before);

  await bar(page).getByRole('button', { name: 'Submit for review' }).click();
  await expect(statusBadge(page)).toHaveText(/In review/);
  expect(await boxes()).toEqual(before);

  await actAs(page, shell, 'reviewer', 'Hafen meldet');
  const reviewerBefore = await boxes();
  // A reviewer may not delete: no "More" menu at all.
  expect(reviewerBefore.more).toBeNull();
  await bar(page).getByRole('button', { name: 'Approve' }).click();
  await expect(statusBadge(page)).toHaveText(/Approved/);
  // Approved, the reviewer may reopen it: "More" appears, in its one place at the far end, moving nothing.
  expect(await boxes()).toEqual({ ...reviewerBefore, more: before.more });

  await actAs(page, shell, 'publisher', 'Hafen meldet');
  const publisherBefore = await boxes();
  // The rare actions wait in "More" with Delete, so the row of buttons stays one row.
  await expect(bar(page).getByRole('button')).toHaveText(['Request changes', 'Schedule…', 'Publish now']);
  await more.click();
  await expect(page.getByRole('menuitem')).toHaveText(['Reopen for editing', 'Archive', 'Delete article']);
  await expect(page.getByRole('menuitem', { name: 'Reopen for editing' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Delete article' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
  await bar(page).getByRole('button', { name: 'Publish now' }).click();
  await expect(statusBadge(page)).toHaveText(/Published/);
  // Live, the notice about pending updates appears under the header: the body moves down, the header's parts do not.
  expect({ ...(await boxes()), counts: null }).toEqual({ ...publisherBefore, counts: null });
});

test('focus lands on the new status after every workflow action, and returns to the opener when a dialog is cancelled', async ({ page, shell }) => {
  await readyArticle(shell);
  const expectFocusOnStatus = async (text: RegExp) => {
    await expect(statusBadge(page)).toHaveText(text);
    await expect(statusBadge(page)).toBeFocused();
    expect(await activeIsBody(page)).toBe(false);
  };

  await actAs(page, shell, 'editor', 'Hafen meldet');
  await bar(page).getByRole('button', { name: 'Submit for review' }).press('Enter');
  await expectFocusOnStatus(/In review/);

  await actAs(page, shell, 'reviewer', 'Hafen meldet');
  const request = bar(page).getByRole('button', { name: 'Request changes' });
  await request.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(request).toBeFocused();
  await request.click();
  await page.keyboard.press('Escape');
  await expect(request).toBeFocused();
  await request.click();
  await page.getByLabel('Note for the editor').fill('Bitte die Zahl belegen.');
  await page.getByRole('dialog').getByRole('button', { name: 'Request changes' }).click();
  await expectFocusOnStatus(/Changes requested/);

  await actAs(page, shell, 'editor', 'Hafen meldet');
  await bar(page).getByRole('button', { name: 'Submit for review' }).click();
  await expectFocusOnStatus(/In review/);
  await actAs(page, shell, 'reviewer', 'Hafen meldet');
  await bar(page).getByRole('button', { name: 'Approve' }).click();
  await expectFocusOnStatus(/Approved/);

  await actAs(page, shell, 'publisher', 'Hafen meldet');
  await bar(page).getByRole('button', { name: 'Schedule…' }).click();
  // The dialog proposes a time in the future: taken as it is.
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();
  await expectFocusOnStatus(/Scheduled/);
  await bar(page).getByRole('button', { name: 'Publish now' }).click();
  await expectFocusOnStatus(/Published/);
  await bar(page).getByRole('button', { name: 'Unpublish' }).click();
  await expectFocusOnStatus(/Unpublished/);
});

test('a refused action keeps focus on its button and says why', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await headline(page).fill('Nur eine Überschrift');
  await expectSaved(page);
  const submit = bar(page).getByRole('button', { name: 'Submit for review' });
  await submit.click();
  await expect(statusBadge(page)).toHaveText(/In review/);
  // A reviewer's approve fails the checklist (no teaser, author, tags…).
  await actAs(page, shell, 'reviewer', 'Nur eine Überschrift');
  const approve = bar(page).getByRole('button', { name: 'Approve' });
  await approve.click();
  await expect(bar(page).getByRole('alert')).toContainText('The teaser is missing.');
  await expect(approve).toBeFocused();
});

test.describe('on the embedded site', () => {
  test.use({ embedded: true });

  test('"View on site" opens a live article’s public page through the checked external-link call; a draft has none', async ({ page, shell }) => {
    const siteUrl = shell.siteUrl();
    expect(siteUrl).not.toBeNull();
    const opened: string[] = [];
    await page.route('**/api/shell.openExternal', async (route) => {
      opened.push((route.request().postDataJSON() as { url: string }).url);
      await route.fulfill({ json: { ok: true, value: { opened: true } } });
    });
    const { id, slug } = await readyArticle(shell, 'Fähre fährt wieder');
    const transition = async (action: string) => {
      const current = await shell.call<{ rev: number }>('articles.get', { id });
      const r = await shell.call('workflow.transition', { id, baseRev: current.value!.rev, action });
      expect(r.ok, `${action}: ${JSON.stringify(r.error)}`).toBe(true);
      await untilSynced(shell, id);
    };
    await page.goto(shell.url);
    await page.getByRole('button', { name: /Fähre fährt wieder/ }).first().click();
    await expect(statusBadge(page)).toHaveText(/Draft/);
    await expect(page.getByRole('link', { name: /View on site/ })).toHaveCount(0);

    await useDemoAccount(shell, 'editor');
    await transition('submit');
    await useDemoAccount(shell, 'reviewer');
    await transition('approve');
    await useDemoAccount(shell, 'publisher');
    await transition('publish_now');

    await page.reload();
    await page.getByRole('button', { name: /Fähre fährt wieder/ }).first().click();
    await expect(statusBadge(page)).toHaveText(/Published/);
    const link = page.getByRole('link', { name: /View on site/ });
    await expect(link).toHaveAttribute('href', `${siteUrl}/artikel/${slug}`);
    await link.click();
    await expect.poll(() => opened).toEqual([`${siteUrl}/artikel/${slug}`]);
    const pageOnSite = await fetch(opened[0]!);
    expect(pageOnSite.status).toBe(200);
    expect(await pageOnSite.text()).toContain('Fähre fährt wieder');
  });
});
