import { test, expect } from './support/fixtures';

test('look', async ({ page, shell }) => {
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('Übernahme bei der Stadtwerke AG: Was Kunden jetzt wissen müssen');
  await page.getByLabel('Section', { exact: true }).fill('Aktuelle News');
  await page.getByLabel('Teaser', { exact: true }).fill('Die Stadtwerke wechseln den Eigentümer. Für Kunden ändert sich vorerst wenig.');
  await page.getByLabel('Author', { exact: true }).fill('Anna Schmidt');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('## Was sich ändert\nDie Preise bleiben bis Jahresende stabil, sagte der Vorstand.\n');
  await page.getByLabel('Tags', { exact: true }).fill('Energie');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/screenshots/look.png', fullPage: false });
});
