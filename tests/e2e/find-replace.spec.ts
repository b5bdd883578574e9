import type { Page } from '@playwright/test';
import { seriousViolationsWithin } from './support/axe-within';
import { body, expectSaved } from './support/editor';
import { expect, test } from './support/fixtures';
import type { WebShell } from './support/web-shell';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const HEADLINE = 'Rat beschließt Haushalt';
const TEASER = 'Der Stadtrat tagte lange, der Rat stimmte am Ende zu.';
const BODY = ['Der Rat der Stadt hat am Dienstag den Haushalt beschlossen.', 'Ratsherr Müller sprach von einem guten Tag für den Rat.'];

async function openSeeded(page: Page, shell: WebShell): Promise<void> {
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  const saved = await shell.call('articles.save', { id: created.value!.id, baseRev: created.value!.rev, changes: { headline: HEADLINE, teaser: TEASER, body: { type: 'doc', content: BODY.map(para) } } });
  expect(saved.ok).toBe(true);
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Rat beschließt Haushalt/ }).click();
  await expect(body(page)).toContainText('Ratsherr');
}

test.use({ bypassCSP: true }); // axe-core is injected as a script

const bar = (page: Page) => page.getByRole('search', { name: 'Find and replace' });
const count = (page: Page) => bar(page).locator('.find-count').first();

test('Ctrl+F in the editor finds in headline, teaser and body, with match case and whole words; Esc returns focus', async ({ page, shell }) => {
  await openSeeded(page, shell);
  // Outside the editor Ctrl+F stays the browser's: the find bar does not open.
  await page.getByRole('searchbox', { name: 'Search articles' }).focus();
  await page.keyboard.press('Control+f');
  await expect(bar(page)).toHaveCount(0);

  await body(page).locator('p').first().click();
  await page.keyboard.press('Control+f');
  const query = bar(page).getByRole('searchbox', { name: 'Find in article' });
  await expect(query).toBeFocused();
  await query.fill('rat');
  await expect(count(page)).toHaveText('1 of 6 · Headline');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveAttribute('data-find-current', 'true');
  await expect(body(page).locator('.find-match')).toHaveCount(3);

  await bar(page).getByRole('checkbox', { name: 'Whole words' }).check();
  await expect(count(page)).toHaveText('1 of 4 · Headline');
  await bar(page).getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count(page)).toHaveText('No matches'); // every "Rat" is capitalised
  await query.fill('Rat');
  await expect(count(page)).toHaveText('1 of 4 · Headline');

  await query.press('Enter');
  await expect(count(page)).toHaveText('2 of 4 · Teaser');
  await query.press('Enter');
  await expect(count(page)).toHaveText('3 of 4 · Body');
  await expect(body(page).locator('.find-current')).toHaveText('Rat');
  await query.press('Shift+Enter');
  await expect(count(page)).toHaveText('2 of 4 · Teaser');
  await query.press('Shift+Enter');
  await query.press('Shift+Enter');
  await expect(count(page)).toHaveText('4 of 4 · Body');

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(body(page)).toBeFocused();
  await expect(body(page).locator('.find-match')).toHaveCount(0);
  // The current match was selected: typing replaces it.
  await page.keyboard.type('Gemeinderat');
  await expect(body(page)).toContainText('guten Tag für den Gemeinderat.');
});

test('Ctrl+H replaces one by one and all at once; replace all is undone in one step', async ({ page, shell }) => {
  await openSeeded(page, shell);
  await page.getByLabel('Teaser', { exact: true }).focus();
  await page.keyboard.press('Control+h');
  await bar(page).getByRole('searchbox', { name: 'Find in article' }).fill('Rat');
  await bar(page).getByRole('checkbox', { name: 'Whole words' }).check();
  const replacement = bar(page).getByRole('textbox', { name: 'Replace with' });
  await replacement.fill('Gemeinderat');
  expect(await seriousViolationsWithin(bar(page))).toEqual([]);

  await bar(page).getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Gemeinderat beschließt Haushalt');
  await expect(count(page)).toHaveText('1 of 3 · Teaser');

  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('Replaced 3 matches.');
  await expect(page.getByLabel('Teaser', { exact: true })).toHaveValue('Der Stadtrat tagte lange, der Gemeinderat stimmte am Ende zu.');
  await expect(body(page)).toContainText('Der Gemeinderat der Stadt');
  await expect(body(page)).toContainText('guten Tag für den Gemeinderat.');
  await expect(body(page)).toContainText('Ratsherr Müller'); // not a whole word
  await expect(count(page)).toHaveText('No matches');

  // One action takes all three fields back (the headline's single replacement stays: it came before).
  await bar(page).getByRole('button', { name: 'Undo replace all' }).click();
  await expect(page.getByLabel('Teaser', { exact: true })).toHaveValue(TEASER);
  await expect(body(page)).toContainText(BODY[0]!);
  await expect(body(page)).toContainText(BODY[1]!);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Gemeinderat beschließt Haushalt');

  // Ctrl+Z in the body undoes the body's replace all in one step.
  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(body(page)).not.toContainText('Der Rat der Stadt');
  await page.keyboard.press('Escape');
  await body(page).locator('p').first().click();
  await page.keyboard.press('Control+z');
  await expect(body(page)).toContainText(BODY[0]!);
  await expect(body(page)).toContainText(BODY[1]!);
  await expectSaved(page);
});
