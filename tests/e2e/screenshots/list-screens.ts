/**
 * The article list at newsroom scale (issue 11) in English and German: a search over 3,000
 * articles with marked words and snippets (list-search-*.png), and the list while the search
 * index is rebuilt (list-rebuilding-*.png). Run: see screenshots.config.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { encodeArticleFile } from '../../../backend/articles/store/article-file';
import { generateArticles } from '../../fixtures/store/generate-articles';
import { removeDataDir, startWebShell } from '../support/web-shell';

const OUT = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/** A data folder with `count` generated articles and no search index yet. */
function filledDataDir(count: number): string {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-list-shots-'));
  mkdirSync(path.join(dataDir, 'articles'));
  for (const article of generateArticles(count, { seed: 3, words: 400 })) {
    writeFileSync(path.join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(encodeArticleFile(article)));
  }
  return dataDir;
}

for (const lang of ['en', 'de'] as const) {
  test(`article list while the index is rebuilt, then searched, in ${lang}`, async ({ page }) => {
    const shell = await startWebShell({ dataDir: filledDataDir(3000), env: { COPYDESK_LANG: lang } });
    try {
      await page.goto(shell.url);
      const list = page.getByRole('navigation', { name: lang === 'en' ? 'Articles' : 'Artikel' });
      await expect(list.getByRole('status')).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `list-rebuilding-${lang}.png`) });

      await expect(list.getByRole('status')).toHaveCount(0, { timeout: 120_000 });
      await page.getByRole('searchbox').fill('Stadtrat Haus');
      await expect(list.locator('mark').first()).toBeVisible();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `list-search-${lang}.png`) });
    } finally {
      await shell.stop();
      removeDataDir(shell.dataDir);
    }
  });
}
