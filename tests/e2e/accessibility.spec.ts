import { seriousViolations } from './support/axe';
import { body, expectSaved, newArticle } from './support/editor';
import { expect, test } from './support/fixtures';

// axe is injected as a script; the app's CSP (rightly) forbids that, so only this test bypasses it.
test.use({ bypassCSP: true });

test('the main screens have no serious or critical accessibility violations', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  expect(await seriousViolations(page), 'empty workspace').toEqual([]);

  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('Barrierefreiheit im Newsroom');
  await body(page).click();
  await page.keyboard.type('Ein Absatz.\n> Ein Zitat');
  await page.getByLabel('Tags', { exact: true }).fill('Test');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  expect(await seriousViolations(page), 'editor').toEqual([]);

  await page.getByRole('button', { name: 'Manage tags' }).click();
  await expect(page.getByRole('dialog', { name: 'Manage tags' })).toBeVisible();
  expect(await seriousViolations(page), 'tag manager').toEqual([]);
});

test('the editor can be reached and used with the keyboard alone', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.keyboard.press('Control+Alt+n');
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  await page.keyboard.type('Nur mit der Tastatur');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Nur mit der Tastatur/');
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused();
  await expectSaved(page);
});
