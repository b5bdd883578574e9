import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { body, expectSaved, newArticle } from './support/editor';
import { expect, test } from './support/fixtures';

test('what the UI called saved survives the back end being killed', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('Gespeichert ist gespeichert');
  await body(page).click();
  await page.keyboard.type('Dieser Satz muss den Absturz überleben.');
  await expectSaved(page);

  await shell.stop('SIGKILL');
  await shell.restart();
  await page.reload();
  await page.getByRole('button', { name: /Gespeichert ist gespeichert/ }).click();
  await expect(body(page)).toHaveText('Dieser Satz muss den Absturz überleben.');
});

test('typing while the back end is down is kept and saved once it is back', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('Offline geschrieben');
  await expectSaved(page);

  await shell.stop();
  await page.getByLabel('Teaser', { exact: true }).fill('Geschrieben, während der Dienst weg war.');
  await expect(page.getByRole('status').filter({ hasText: /Offline: changes are kept/ })).toBeVisible();

  await shell.restart();
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 });
  await page.reload();
  await page.getByRole('button', { name: /Offline geschrieben/ }).click();
  await expect(page.getByLabel('Teaser', { exact: true })).toHaveValue('Geschrieben, während der Dienst weg war.');
});

test('a damaged article file is reported, kept, and its last good copy can be restored', async ({ page, shell }) => {
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  const id = created.value!.id;
  await shell.call('articles.save', { id, baseRev: 0, changes: { headline: 'Erste gute Fassung' } });
  await shell.call('articles.save', { id, baseRev: 1, changes: { headline: 'Zweite gute Fassung' } });
  await shell.stop();
  const file = path.join(shell.dataDir, 'articles', `${id}.json`);
  writeFileSync(file, '{"schemaVersion": 2, "article": {"headline": "abgeschnit');
  await shell.restart();

  await page.goto(shell.url);
  const damaged = page.getByRole('navigation', { name: 'Articles' }).locator('.item.damaged');
  await expect(damaged).toContainText('Damaged file');
  await damaged.getByRole('button', { name: 'Restore last good copy' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Erste gute Fassung');
  // The damaged bytes are kept aside, never deleted.
  expect(readdirSync(path.join(shell.dataDir, 'articles')).some((f) => f.includes('damaged'))).toBe(true);
});
