/**
 * Screenshots of the readable preview (issue 12) in English and German: the widened split, the
 * full-width preview and the standalone preview tab, saved as docs/screenshots/preview-*.png.
 * Run: see screenshots.config.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { seriousViolations } from '../support/axe';
import { removeDataDir, startWebShell, type WebShell } from '../support/web-shell';

type Lang = 'en' | 'de';
const OUT = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const TEXT = {
  en: { tab: 'Open in new tab', full: 'Full width', separator: 'Resize editor and preview', desktop: 'Desktop' },
  de: { tab: 'In neuem Tab öffnen', full: 'Volle Breite', separator: 'Breite von Editor und Vorschau ändern', desktop: 'Desktop' },
};
const HEADLINE = 'Straßenbahn soll ab 2028 die Nordstadt mit dem Hauptbahnhof verbinden';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const BODY = [
  'Die neue Straßenbahnlinie soll ab 2028 die Nordstadt mit dem Hauptbahnhof verbinden. Der Stadtrat hat die Pläne am Dienstagabend mit großer Mehrheit beschlossen.',
  'Die Kosten liegen nach Angaben der Verkehrsbetriebe bei rund 180 Millionen Euro; Bund und Land übernehmen zusammen drei Viertel davon.',
  'Die Bauarbeiten beginnen im Frühjahr 2026 am Nordring. Der Verkehr soll nur nachts und an einzelnen Wochenenden behindert werden, heißt es aus dem Rathaus.',
  'Anwohner der Nordstadt begrüßen die Entscheidung. „Wir warten seit zwanzig Jahren auf diese Linie“, sagt Petra Lang von der Bürgerinitiative Nordstadt mobil.',
  'Kritik kommt vom Einzelhandel in der Lindenstraße, der während der Bauzeit weniger Kundschaft fürchtet. Die Stadt kündigte einen Härtefallfonds an.',
  'Die Linie wird 6,4 Kilometer lang und hat elf Haltestellen. In der Hauptverkehrszeit sollen die Bahnen alle sieben Minuten fahren.',
].map(paragraph);
const findings: string[] = [];

/** A lead image drawn in the browser (a dusk sky over a tram line), stored through media.put. */
async function leadImage(page: Page, shell: WebShell): Promise<string> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 1600;
    c.height = 900;
    const g = c.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 900);
    sky.addColorStop(0, '#27476e');
    sky.addColorStop(0.6, '#e8a25f');
    sky.addColorStop(1, '#3b2f2f');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1600, 900);
    g.fillStyle = '#1e1e24';
    for (let i = 0; i < 14; i++) g.fillRect(i * 120, 520 - ((i * 37) % 160), 100, 400);
    g.strokeStyle = '#d8d8d8';
    g.lineWidth = 6;
    g.beginPath();
    g.moveTo(0, 860);
    g.lineTo(1600, 700);
    g.moveTo(0, 890);
    g.lineTo(1600, 740);
    g.stroke();
    return c.toDataURL('image/png');
  });
  const put = await shell.call<{ id: string }>('media.put', { fileName: 'nordstadt.png', dataBase64: dataUrl.split(',')[1] });
  expect(put.ok).toBe(true);
  return put.value!.id;
}

async function shoot(page: Page, name: string, lang: Lang): Promise<void> {
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(OUT, `preview-${name}-${lang}.png`) });
  for (const v of await seriousViolations(page)) findings.push(`preview-${name}-${lang}: ${v}`);
}

test.afterAll(() => {
  console.log(findings.length ? `preview screenshots: axe-core found\n${findings.join('\n')}` : 'preview screenshots: axe-core found no serious or critical violation on any shot');
});

for (const lang of ['en', 'de'] as const) {
  test(`the readable preview (${lang})`, async ({ browser }) => {
    const shell = await startWebShell({ env: { COPYDESK_LANG: lang } });
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(shell.url);
      const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
      const mediaId = await leadImage(page, shell);
      await shell.call('articles.save', {
        id: created.value!.id,
        baseRev: created.value!.rev,
        changes: {
          section: 'Stadt',
          headline: HEADLINE,
          teaser: 'Der Stadtrat hat die neue Linie beschlossen. Was sie kostet, wann gebaut wird und wer davon profitiert.',
          author: 'Anna Schmidt',
          leadImage: { mediaId, alt: 'Abendhimmel über der künftigen Trasse am Nordring', credit: 'Foto: Stadtwerke' },
          tags: ['Verkehr', 'Nordstadt'],
          body: { type: 'doc', content: BODY },
        },
      });
      await page.reload();
      await page.getByRole('button', { name: new RegExp(HEADLINE.slice(0, 20)) }).click();
      await page.getByRole('radio', { name: TEXT[lang].desktop, exact: true }).check();

      // The split dragged to its widest: the editor keeps its minimum, the desktop page is readable.
      const separator = page.getByRole('separator', { name: TEXT[lang].separator });
      await separator.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await shoot(page, 'split', lang);

      await page.getByRole('button', { name: TEXT[lang].full, exact: true }).click();
      await shoot(page, 'full', lang);
      await page.keyboard.press('Escape');

      const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: TEXT[lang].tab }).click()]);
      await expect(tab.locator('iframe[title*="1280"]').contentFrame().locator('h1')).toHaveText(HEADLINE);
      await shoot(tab, 'window', lang);
    } finally {
      await context.close();
      await shell.stop();
      removeDataDir(shell.dataDir);
    }
  });
}
