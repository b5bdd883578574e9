/**
 * Screenshots of image upload (in progress: lead image and two files dropped into the body) and
 * of find and replace, each in English and German. The network is slowed so that the shot shows
 * the uploads running, with the progress XMLHttpRequest reports. Run: see screenshots.config.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { dropFiles, imageFile } from '../support/files';
import { removeDataDir, startWebShell, type WebShell } from '../support/web-shell';

type Lang = 'en' | 'de';
const OUT = path.resolve(import.meta.dirname, '../../../docs/screenshots');
/** The body in either language (its accessible name is "Body" or "Text"). */
const body = (page: Page) => page.locator('.body-editor');
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const HEADLINE = 'Rat beschließt neuen Haushalt für die Nordstadt';
const TEASER = 'Der Stadtrat tagte bis in die Nacht. Am Ende stimmte der Rat mit großer Mehrheit zu.';
const BODY = [
  'Der Rat der Stadt hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Nordstadt erhält zwei neue Kitas und eine sanierte Schwimmhalle.',
  'Ratsherr Müller sprach von einem guten Tag für die Stadt. Die Opposition kritisierte, der Rat habe die Kosten für die Straßenbahn zu niedrig angesetzt.',
  'Der Kämmerer rechnet mit Einnahmen von 412 Millionen Euro. Der Rat will im Frühjahr über die Gewerbesteuer beraten.',
];

let shell: WebShell;
test.beforeAll(async () => {
  shell = await startWebShell();
});
test.afterAll(async () => {
  await shell.stop();
  removeDataDir(shell.dataDir);
});

async function open(page: Page, lang: Lang): Promise<void> {
  await page.route('**/api/app.info', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { ok: boolean; value?: { forcedLanguage: Lang | null } };
    if (json.ok && json.value) json.value.forcedLanguage = lang;
    await route.fulfill({ response, json });
  });
  const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
  await shell.call('articles.save', { id: created.value!.id, baseRev: created.value!.rev, changes: { section: 'Lokales', author: 'Anna Schmidt', headline: HEADLINE, teaser: TEASER, body: { type: 'doc', content: BODY.map(para) } } });
  await page.goto(shell.url);
  await page.getByRole('button', { name: new RegExp(HEADLINE) }).first().click();
  await expect(body(page)).toContainText('Ratsherr');
}

for (const lang of ['en', 'de'] as const) {
  test(`image upload in progress (${lang})`, async ({ page }) => {
    await open(page, lang);
    // Real upload progress: the network slowed to 96 KB/s upstream, the pictures padded to some 300 KB.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 96 * 1024 });
    const big = (fixture: string, name: string, kb: number) => {
      const file = imageFile(fixture, name);
      return { ...file, base64: Buffer.concat([Buffer.from(file.base64, 'base64'), Buffer.alloc(kb * 1024)]).toString('base64') };
    };
    await page.locator('#field-lead-image').setInputFiles({ name: 'hafen-abend.png', mimeType: 'image/png', buffer: Buffer.from(big('harbour.png', 'x', 380).base64, 'base64') });
    await page.locator('#field-image-credit').fill('dpa / Max Mustermann');
    await dropFiles(body(page).locator('p').nth(1), [big('harbour.png', 'rathaus-sitzung.png', 260), big('portrait.png', 'kaemmerer.png', 240)]);
    await expect(body(page).locator('.upload-placeholder')).toHaveCount(2);
    await page.locator('.editor-pane').evaluate((pane) => {
      const lead = pane.querySelector<HTMLElement>('.lead-image')!;
      pane.scrollTop += lead.getBoundingClientRect().top - pane.getBoundingClientRect().top - 150;
    });
    await page.waitForTimeout(2500);
    await page.screenshot({ path: path.join(OUT, `image-upload-${lang}.png`) });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect(body(page).locator('figure img')).toHaveCount(2, { timeout: 60_000 });
  });

  test(`find and replace (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 1000 });
    await open(page, lang);
    await body(page).locator('p').first().click();
    await page.keyboard.press('Control+h');
    await page.keyboard.type('Rat');
    const bar = page.locator('.find-bar');
    await bar.locator('input[type="checkbox"]').nth(1).check();
    await bar.locator('input[type="text"]').fill('Gemeinderat');
    await bar.locator('input[type="search"]').press('Enter');
    await bar.locator('input[type="search"]').press('Enter');
    await expect(body(page).locator('.find-current')).toHaveCount(1);
    await page.locator('.editor-pane').evaluate((pane) => {
      const block = pane.querySelector<HTMLElement>('.body-block')!;
      pane.scrollTop += block.getBoundingClientRect().top - pane.getBoundingClientRect().top - 300;
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, `find-replace-${lang}.png`) });
  });
}
