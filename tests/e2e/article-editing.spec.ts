import { body, expectSaved, fixtureImage, newArticle } from './support/editor';
import { expect, test } from './support/fixtures';

test('an article with every field survives a restart of the back end', async ({ page, shell }) => {
  await page.goto(shell.url);
  await newArticle(page);

  await page.getByLabel('Headline', { exact: true }).fill('Übernahme bei den Stadtwerken: Was Kunden jetzt wissen müssen');
  await page.getByLabel('Section', { exact: true }).fill('Aktuelle News');
  await page.getByLabel('Teaser', { exact: true }).fill('Die Stadtwerke wechseln den Eigentümer. Für Kunden ändert sich vorerst wenig.');
  await page.getByLabel('Author', { exact: true }).fill('Anna Schmidt');
  await page.getByLabel('Lead image', { exact: true }).setInputFiles(fixtureImage('harbour.png'));
  await expect(page.locator('.lead-image-preview img')).toBeVisible();
  await page.getByLabel('Image description (alt text)').fill('Der Hafen im Abendlicht');
  await page.getByLabel('Image credit', { exact: true }).fill('dpa / Max Mustermann');

  // Body: markdown-style shortcuts for subheading, list and quote; toolbar for bold and link.
  await body(page).click();
  await page.keyboard.type('## Was sich ändert\n');
  await page.keyboard.type('Die Preise bleiben bis Jahresende stabil. ');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('Wichtig');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type(' für alle Haushalte.\n- Strom\nGas\n\n> Wir halten Wort.');
  await page.getByLabel('Attribution').fill('Vorstandschefin Petra Lange');
  await body(page).locator('p', { hasText: 'Die Preise' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('button', { name: 'Link' }).click();
  await page.getByLabel('Link address (https://…)').fill('https://www.example.org/stadtwerke');
  await page.getByRole('button', { name: 'OK' }).click();

  // An inline image with caption and credit.
  await body(page).locator('h2').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Inline image' }).click();
  await (await chooser).setFiles(fixtureImage('portrait.png'));
  await page.getByLabel('Caption').fill('Petra Lange bei der Pressekonferenz');
  await page.getByLabel('Credit', { exact: true }).fill('Foto: Stadtwerke');

  await page.getByLabel('Tags', { exact: true }).fill('Energie');
  await page.keyboard.press('Enter');
  await page.getByLabel('Tags', { exact: true }).fill('Stadtwerke');
  await page.keyboard.press('Enter');
  await page.getByLabel('Source', { exact: true }).fill('Pressemitteilung der Stadtwerke');
  await page.getByLabel('SEO title').fill('Stadtwerke-Übernahme: Das ändert sich');
  await page.getByLabel('SEO description').fill('Alles zur Übernahme der Stadtwerke.');
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('uebernahme-bei-den-stadtwerken-was-kunden-jetzt-wissen-muessen');
  await expectSaved(page);
  await expect(page.getByText(/\d+ words · \d+ min read/)).toBeVisible();

  await shell.restart();
  await page.goto(shell.url);
  await page.getByRole('button', { name: /Übernahme bei den Stadtwerken/ }).click();

  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Übernahme bei den Stadtwerken: Was Kunden jetzt wissen müssen');
  await expect(page.getByLabel('Section', { exact: true })).toHaveValue('Aktuelle News');
  await expect(page.getByLabel('Teaser', { exact: true })).toHaveValue(/Eigentümer/);
  await expect(page.getByLabel('Author', { exact: true })).toHaveValue('Anna Schmidt');
  await expect(page.getByLabel('Image credit', { exact: true })).toHaveValue('dpa / Max Mustermann');
  await expect(page.locator('.lead-image-preview img')).toHaveAttribute('alt', 'Der Hafen im Abendlicht');
  await expect(page.locator('.lead-image-preview img')).toHaveJSProperty('naturalWidth', 320);
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue('Pressemitteilung der Stadtwerke');
  await expect(page.getByLabel('SEO title')).toHaveValue('Stadtwerke-Übernahme: Das ändert sich');
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue('uebernahme-bei-den-stadtwerken-was-kunden-jetzt-wissen-muessen');
  await expect(page.getByRole('list', { name: 'Assigned tags' }).getByRole('listitem')).toHaveText(['Energie×', 'Stadtwerke×']);

  const editor = body(page);
  await expect(editor.locator('h2')).toHaveText('Was sich ändert');
  await expect(editor.locator('strong')).toHaveText('Wichtig');
  await expect(editor.locator('a[href="https://www.example.org/stadtwerke"]')).toContainText('Die Preise');
  await expect(editor.locator('ul li')).toHaveText(['Strom', 'Gas']);
  await expect(editor.locator('blockquote')).toContainText('Wir halten Wort.');
  await expect(page.getByLabel('Attribution')).toHaveValue('Vorstandschefin Petra Lange');
  await expect(page.getByLabel('Caption')).toHaveValue('Petra Lange bei der Pressekonferenz');
  await expect(page.getByLabel('Credit', { exact: true })).toHaveValue('Foto: Stadtwerke');
  await expect(editor.locator('figure img')).toHaveJSProperty('naturalWidth', 120);
});

test('search finds an article by a word of its body, and the tag filter narrows the list', async ({ page, shell }) => {
  await page.goto(shell.url);
  for (const [headline, tag, text] of [
    ['Hafen bekommt neue Kräne', 'Wirtschaft', 'Die Containerbrücken stammen aus Finnland.'],
    ['Stadtrat beschließt Haushalt', 'Politik', 'Der Kämmerer sprach von einem Kraftakt.'],
  ] as const) {
    await newArticle(page);
    await page.getByLabel('Headline', { exact: true }).fill(headline);
    await body(page).click();
    await page.keyboard.type(text);
    await page.getByLabel('Tags', { exact: true }).fill(tag);
    await page.keyboard.press('Enter');
    await expectSaved(page);
  }
  const items = page.getByRole('navigation', { name: 'Articles' }).locator('.item-title');
  await expect(items).toHaveCount(2);

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Containerbrücken');
  await expect(items).toHaveText(['Hafen bekommt neue Kräne']);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('KÄMMERER');
  await expect(items).toHaveText(['Stadtrat beschließt Haushalt']);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await expect(items).toHaveCount(2);

  await page.getByLabel('Filter by tag').selectOption('Politik');
  await expect(items).toHaveText(['Stadtrat beschließt Haushalt']);
  await page.getByLabel('Filter by tag').selectOption('');
  await page.getByLabel('Sort').selectOption('updated-asc');
  await expect(items).toHaveText(['Hafen bekommt neue Kräne', 'Stadtrat beschließt Haushalt']);
});

test('tags can be renamed and merged across all articles', async ({ page, shell }) => {
  for (const tags of [['Fussball'], ['Fußball', 'Bundesliga'], ['Sport']]) {
    const created = await shell.call<{ id: string; rev: number }>('articles.create', {});
    await shell.call('articles.save', { id: created.value!.id, baseRev: created.value!.rev, changes: { headline: tags.join(' '), tags } });
  }
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage tags' });
  await dialog.getByLabel('Select Fussball').check();
  await dialog.getByLabel('Select Fußball').check();
  await dialog.getByLabel('Merge into').fill('Fußball');
  await dialog.getByRole('button', { name: 'Merge selected' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Updated 2 articles.');
  await dialog.getByRole('button', { name: 'Rename: Sport' }).click();
  await dialog.getByLabel('New name for Sport').fill('Sport & Freizeit');
  await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Updated 1 article.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const tagFilter = page.getByLabel('Filter by tag');
  await expect(tagFilter.locator('option')).toHaveText(['All tags', 'Fußball (2)', 'Bundesliga (1)', 'Sport & Freizeit (1)']);
});
