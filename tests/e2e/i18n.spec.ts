import { expect, test } from '@playwright/test';
import { removeDataDir, startWebShell } from './support/web-shell';

test('the UI switches between English and German and remembers the choice', async ({ page }) => {
  const shell = await startWebShell({ env: { COPYDESK_LANG: '' } });
  try {
    const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
    await shell.call('articles.save', { id: created.value!.id, baseRev: 0, changes: { headline: 'Testartikel' } });
    await page.goto(shell.url);
    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('button', { name: 'Neuer Artikel' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Artikel suchen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // German dates read 29.11.2026.
    await expect(page.locator('.item-meta .muted').first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
    await page.getByRole('button', { name: /Testartikel/ }).click();
    await expect(page.getByLabel('Überschrift', { exact: true })).toHaveValue('Testartikel');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Neuer Artikel' })).toBeVisible();
    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  } finally {
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
});

test('COPYDESK_LANG=de forces German', async ({ page }) => {
  const shell = await startWebShell({ env: { COPYDESK_LANG: 'de' } });
  try {
    await page.goto(shell.url);
    await expect(page.getByRole('button', { name: 'Neuer Artikel' })).toBeVisible();
    await expect(page.getByLabel('Sprache')).toBeDisabled();
  } finally {
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
});
