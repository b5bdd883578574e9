/**
 * The editor's header and fields (issue 12) in English and German: a live article with a
 * two-line headline, its counters and "View on site" (editor-fields-*.png), and an approved one
 * with the "More" menu open (editor-fields-menu-*.png). Run: see screenshots.config.ts.
 */
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { untilSynced, useDemoAccount } from '../support/team';
import { removeDataDir, startWebShell, type WebShell } from '../support/web-shell';

const OUT = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const HEADLINE = 'Übernahme der Stadtwerke: Was Kunden in Köln jetzt über Preise wissen müssen';
const TEASER = 'Die Stadtwerke wechseln den Eigentümer. Für Kunden ändert sich vorerst wenig: Die Preise bleiben bis Jahresende stabil, laufende Verträge gelten weiter. Was danach kommt, entscheidet der neue Vorstand im Frühjahr.';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function article(shell: WebShell, headline: string, actions: string[]): Promise<string> {
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  const { id, rev } = created.value!;
  await shell.call('articles.save', {
    id,
    baseRev: rev,
    changes: {
      section: 'Wirtschaft',
      headline,
      teaser: TEASER,
      author: 'Anna Schmidt',
      source: 'Pressemitteilung der Stadtwerke',
      tags: ['Energie', 'Stadtwerke'],
      noAds: true,
      body: { type: 'doc', content: [paragraph('Die Stadtwerke bekommen einen neuen Eigentümer. Der Stadtrat hat dem Verkauf am Dienstag zugestimmt.'), paragraph('Für die Kunden ändert sich zunächst wenig.')] },
    },
  });
  for (const action of actions) {
    await useDemoAccount(shell, action === 'submit' ? 'editor' : action === 'approve' ? 'reviewer' : 'publisher');
    const current = await shell.call<{ rev: number }>('articles.get', { id });
    const r = await shell.call('workflow.transition', { id, baseRev: current.value!.rev, action });
    expect(r.ok, `${action}: ${JSON.stringify(r.error)}`).toBe(true);
    await untilSynced(shell, id);
  }
  return id;
}

async function open(page: Page, shell: WebShell, headline: RegExp) {
  await page.goto(shell.url);
  await page.getByRole('button', { name: headline }).first().click();
  await expect(page.locator('.save-status')).toHaveAttribute('data-state', 'saved');
}

for (const lang of ['en', 'de'] as const) {
  test(`editor header and fields in ${lang}`, async ({ page }) => {
    const shell = await startWebShell({ env: { COPYDESK_LANG: lang } });
    try {
      await article(shell, HEADLINE, ['submit', 'approve', 'publish_now']);
      await article(shell, 'Hafen meldet Rekordumschlag', ['submit', 'approve']);
      await useDemoAccount(shell, 'publisher');

      await open(page, shell, /Übernahme der Stadtwerke/);
      await expect(page.locator('a.view-on-site')).toBeVisible();
      await page.waitForTimeout(600);
      await page.screenshot({ path: path.join(OUT, `editor-fields-${lang}.png`) });

      await open(page, shell, /Hafen meldet Rekordumschlag/);
      await page.locator('.more-button').click();
      await expect(page.getByRole('menu')).toBeVisible();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, `editor-fields-menu-${lang}.png`), clip: { x: 0, y: 0, width: 1440, height: 420 } });
    } finally {
      await shell.stop();
      removeDataDir(shell.dataDir);
    }
  });
}
