import { seriousViolationsWithin } from './support/axe-within';
import { body, expectSaved, fixtureImage, newArticle } from './support/editor';
import { dropFiles, holdUploads, imageFile, pasteFiles } from './support/files';
import { expect, test } from './support/fixtures';

test.use({ bypassCSP: true }); // axe-core is injected as a script

test('the credit typed while the lead image uploads survives the upload (and a reload)', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await page.getByLabel('Headline', { exact: true }).fill('Hafenfest');
  const uploads = await holdUploads(page);
  await page.getByLabel('Lead image', { exact: true }).setInputFiles(fixtureImage('harbour.png'));
  await expect(page.locator('.lead-image .upload-running')).toContainText('Uploading… harbour.png (1 KB)');
  await page.getByLabel('Image credit', { exact: true }).fill('dpa / Max Mustermann');
  await page.getByLabel('Image description (alt text)').fill('Der Hafen im Abendlicht');
  expect(await seriousViolationsWithin(page.locator('.lead-image'))).toEqual([]);
  uploads.release();
  await expect(page.locator('.lead-image-preview img')).toHaveJSProperty('naturalWidth', 320);
  await expect(page.getByLabel('Image credit', { exact: true })).toHaveValue('dpa / Max Mustermann');
  await expect(page.getByLabel('Image description (alt text)')).toHaveValue('Der Hafen im Abendlicht');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /Hafenfest/ }).click();
  await expect(page.getByLabel('Image credit', { exact: true })).toHaveValue('dpa / Max Mustermann');
  await expect(page.locator('.lead-image-preview img')).toBeVisible();
});

test('images dropped into the body upload behind placeholders while typing goes on, in the order dropped', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type('Erster Absatz.\nZweiter Absatz.');
  const uploads = await holdUploads(page);
  await dropFiles(body(page).locator('p', { hasText: 'Zweiter' }), [imageFile('harbour.png'), imageFile('portrait.png')]);
  const placeholders = body(page).locator('.upload-placeholder');
  await expect(placeholders).toHaveCount(2);
  await expect(placeholders.first()).toContainText('Uploading… harbour.png');
  await expect(placeholders.nth(1)).toContainText('Uploading… portrait.png');
  await expect(page.locator('.body-field .upload-status [aria-live]')).toHaveText('Uploading… portrait.png (1 KB)');

  // Typing is not held up and not lost while the uploads run.
  await page.keyboard.type(' Noch mehr Text.');
  await expect(body(page)).toContainText('Zweiter Absatz. Noch mehr Text.');
  uploads.release();
  await expect(body(page).locator('figure img')).toHaveCount(2);
  await expect(placeholders).toHaveCount(0);
  const order = await body(page).locator(':scope > *').evaluateAll((els) => els.map((el) => (el.querySelector('figure') ? 'figure' : el.textContent)));
  expect(order).toEqual(['Erster Absatz.', 'figure', 'figure', 'Zweiter Absatz. Noch mehr Text.']);
  const widths = await body(page).locator('figure img').evaluateAll((imgs) => Promise.all(imgs.map((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))));
  expect(widths).toEqual([320, 120]);
  await expectSaved(page);
});

test('a pasted image goes where the cursor is; a file that is no image, or a refused one, says so and inserts nothing', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  await body(page).click();
  await page.keyboard.type('Absatz eins.\nAbsatz zwei.');
  await body(page).locator('p', { hasText: 'eins' }).click();
  await page.keyboard.press('End');
  await pasteFiles(page, [imageFile('portrait.png', 'Bildschirmfoto.png')]);
  await expect(body(page).locator('figure img')).toHaveCount(1);
  await expect(body(page).locator(':scope > *').nth(1).locator('figure')).toBeVisible();

  await dropFiles(body(page).locator('p', { hasText: 'zwei' }), [{ name: 'notizen.txt', type: 'text/plain', base64: btoa('Hallo') }]);
  await expect(page.locator('.body-field [role="alert"]')).toHaveText(/notizen\.txt \(1 KB\): not a PNG, JPEG, GIF or WebP image/);

  await page.route('**/api/media.put', (route) => route.fulfill({ json: { ok: false, error: { code: 'UNSUPPORTED_MEDIA', message: 'The file is not an image.' } } }));
  await dropFiles(body(page).locator('p', { hasText: 'zwei' }), [imageFile('harbour.png', 'kaputt.png')]);
  await expect(page.locator('.body-field [role="alert"]', { hasText: 'kaputt.png' })).toContainText('not uploaded');
  await expect(page.getByRole('alert').filter({ hasText: 'The file is not an image.' })).toBeVisible();
  await expect(body(page).locator('.upload-placeholder')).toHaveCount(0);
  await expect(body(page).locator('figure')).toHaveCount(1);
});

test('the lead image takes a dropped or pasted file, and its drop zone is a button that opens the file chooser', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);
  const zone = page.getByRole('button', { name: /^Lead image: Drop an image here, paste it, or click to choose one$/ });
  expect(await seriousViolationsWithin(page.locator('.lead-image'))).toEqual([]);
  await dropFiles(zone, [imageFile('portrait.png')]);
  await expect(page.locator('.lead-image-preview img')).toHaveJSProperty('naturalWidth', 120);
  await expect(page.locator('.lead-image .visually-hidden[aria-live]')).toHaveText('portrait.png (1 KB) is the lead image now.');

  const replace = page.getByRole('button', { name: /^Replace the lead image/ });
  await replace.focus();
  await pasteFiles(page, [imageFile('harbour.png')]);
  await expect(page.locator('.lead-image-preview img')).toHaveJSProperty('naturalWidth', 320);

  const chooser = page.waitForEvent('filechooser');
  await replace.press('Enter');
  await (await chooser).setFiles(fixtureImage('portrait.png'));
  await expect(page.locator('.lead-image-preview img')).toHaveJSProperty('naturalWidth', 120);
});
