import type { Page } from '@playwright/test';
import type { Article } from '../../core/article/article';
import { expect, test } from './support/fixtures';
import { startSiteProcess } from './support/site-process';
import { removeDataDir, startWebShell, type WebShell } from './support/web-shell';
import { docShot } from './support/doc-shot';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function call<T>(shell: WebShell, name: string, args: unknown): Promise<T> {
  const r = await shell.call<T>(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error?.message}`);
  return r.value as T;
}

async function writeArticle(shell: WebShell, headline: string): Promise<Article> {
  const created = await call<Article>(shell, 'articles.create', {});
  await call(shell, 'articles.save', { id: created.id, baseRev: created.rev, changes: { headline, teaser: 'Kurz.', author: 'Anna Schmidt', tags: ['Hafen'], noAds: true, body: { type: 'doc', content: [para('Text.')] } } });
  return call<Article>(shell, 'articles.get', { id: created.id });
}

async function openSites(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/** A second site that is added, synced once and then goes away; an edit then waits for it. */
async function failedSync(shell: WebShell, page: Page, sitesLabel: string, syncNowLabel: string) {
  const site = await startSiteProcess();
  await call(shell, 'sites.add', { kind: 'reference-site', url: site.url, token: site.token });
  const article = await writeArticle(shell, 'Hafenfest am Wochenende');
  await call(shell, 'sync.now', {});
  await site.stop();
  const local = await call<Article>(shell, 'articles.get', { id: article.id });
  await call(shell, 'articles.save', { id: article.id, baseRev: local.rev, changes: { teaser: 'Offline geändert.' } });
  await page.goto(shell.url);
  await openSites(page, sitesLabel);
  await page.getByRole('button', { name: syncNowLabel }).click();
  return { site, card: page.locator('.sync-site', { hasText: site.url }) };
}

test('a failed sync says why and when it is tried again; Retry sends it; the last sync survives a restart', async ({ page, shell }) => {
  const { site, card } = await failedSync(shell, page, 'Sites', 'Sync now');
  try {
    const failures = card.getByRole('group', { name: '1 article not sent' });
    await expect(failures).toBeVisible({ timeout: 20_000 });
    await expect(failures).toContainText('Hafenfest am Wochenende');
    await expect(failures).toContainText('The site could not be reached.');
    await expect(failures.locator('[lang="en"]').first()).not.toBeEmpty();
    await expect(failures).toContainText(/Next automatic try: (\d{1,2} \w{3} \d{4}, )?\d{2}:\d{2}/);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: docShot('sites-failed-en.png') });

    await site.start();
    await failures.getByRole('button', { name: 'Retry' }).click();
    await expect(card.getByRole('group')).toHaveCount(0, { timeout: 20_000 });
    await expect(card.getByText('Connected')).toBeVisible();
    const lastSync = card.getByTestId('site-last-sync');
    await expect(lastSync).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
    const shown = await lastSync.textContent();

    // Regression (issue 12): after a restart it said "never".
    await site.stop();
    await shell.restart();
    await page.goto(shell.url);
    await openSites(page, 'Sites');
    await expect(page.locator('.sync-site', { hasText: site.url }).getByTestId('site-last-sync')).toHaveText(shown!);
  } finally {
    await site.close();
  }
});

test('the failed sync speaks German, with Retry', async ({ page }) => {
  const shell = await startWebShell({ env: { COPYDESK_LANG: 'de' } });
  const { site, card } = await failedSync(shell, page, 'Websites', 'Jetzt abgleichen');
  try {
    const failures = card.getByRole('group', { name: '1 Artikel nicht gesendet' });
    await expect(failures).toBeVisible({ timeout: 20_000 });
    await expect(failures).toContainText('Die Website war nicht erreichbar.');
    await expect(failures).toContainText(/Nächster Versuch von selbst: (\d{2}\.\d{2}\.\d{4}, )?\d{2}:\d{2}/);
    await expect(failures.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: docShot('sites-failed-de.png') });
  } finally {
    await site.close();
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
});
