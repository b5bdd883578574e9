// Hardening: a WordPress site on plain http (not this machine) is refused unless the user ticks
// "Allow unencrypted http"; the Sites screen warns before sending and marks such sites.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createFileSecretBox } from '../../backend/storage/key-file-box';
import { expect, test } from './support/fixtures';
import { removeDataDir, startWebShell } from './support/web-shell';
import { seriousViolations } from './support/axe';

// axe is injected as a script, which the app's CSP forbids (see support/axe.ts).
test.use({ bypassCSP: true });

const WP_URL = 'http://wp.example.invalid';
/** A plain-http site stored before the rule (sites.json written directly): the list marks it. */
const LEGACY_URL = 'http://legacy-wp.example.invalid';

/** A data directory whose sites.json already holds LEGACY_URL, its password sealed by the shell's own file box. */
async function dataDirWithLegacySite(): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const sealed = await createFileSecretBox(dataDir).seal('abcd efgh ijkl mnop');
  const site = { id: 'legacy-wp', kind: 'wordpress', url: LEGACY_URL, user: 'admin', role: 'publisher', sealed, builtIn: false, addedAt: '2026-01-01T00:00:00.000Z', wordpress: { adMarker: 'comment', unpublishedAs: 'draft' } };
  writeFileSync(path.join(dataDir, 'sites.json'), JSON.stringify({ version: 1, sites: [site] }));
  return dataDir;
}

async function openSites(page: Page, nav: string, screen: string) {
  // Tall enough that the screenshots hold the whole screen: the list with its mark and the form with its error.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.getByRole('navigation', { name: nav }).getByRole('button', { name: screen }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

test('a WordPress site on plain http is refused until "Allow unencrypted http" is ticked', async ({ page, shell }) => {
  await page.goto(shell.url);
  await openSites(page, 'Screens', 'Sites');
  const form = page.locator('form.sync-add');
  await form.getByLabel('Type').selectOption('wordpress');
  const checkbox = form.getByRole('checkbox', { name: 'Allow unencrypted http (test sites only)' });

  // https and this machine need no choice: no checkbox, no warning.
  await form.getByLabel('Site address').fill('https://wp.example.invalid');
  await expect(checkbox).toHaveCount(0);
  await form.getByLabel('Site address').fill('http://127.0.0.1:8080');
  await expect(checkbox).toHaveCount(0);

  await form.getByLabel('Site address').fill(WP_URL);
  await form.getByLabel('User name').fill('admin');
  await form.getByLabel('Application password').fill('abcd efgh ijkl mnop');
  await expect(checkbox).toBeVisible();
  await expect(checkbox).not.toBeChecked();
  await expect(form.getByText(/This address uses plain http: the application password would travel unencrypted/)).toBeVisible();
  // The warning is the address field's and the checkbox's description.
  await expect(form.getByLabel('Site address')).toHaveAccessibleDescription(/plain http/);
  await expect(checkbox).toHaveAccessibleDescription(/plain http/);

  await form.getByRole('button', { name: 'Add site' }).click();
  const refusal = form.getByRole('alert');
  await expect(refusal).toHaveText(
    "The site could not be added: This WordPress site is on plain http, so the application password would travel unencrypted. Use https, or tick 'Allow unencrypted http' if this is a test site.",
  );
  await expect(page.locator('.sync-site', { hasText: WP_URL })).toHaveCount(0);
  const sites = await shell.call<Array<{ url: string }>>('sites.list', {});
  expect(sites.value!.map((s) => s.url)).not.toContain(WP_URL);
  await page.screenshot({ path: 'tests/e2e/screenshots/sites-insecure-refused.png', fullPage: true });

  // Ticked, the back end accepts the address and goes on to the site (which does not exist here).
  await checkbox.check();
  await form.getByRole('button', { name: 'Add site' }).click();
  await expect(refusal).not.toHaveText(/plain http/, { timeout: 20_000 });
  await expect(refusal).toHaveText(/^The site could not be added: /);
});

test('the form and the "Unencrypted" mark speak German', async ({ page }) => {
  const shell = await startWebShell({ dataDir: await dataDirWithLegacySite(), env: { COPYDESK_LANG: 'de' } });
  try {
    await page.goto(shell.url);
    await openSites(page, 'Bereiche', 'Websites');
    const card = page.locator('.sync-site', { hasText: LEGACY_URL });
    await expect(card.locator('.sync-insecure-badge')).toHaveText('Unverschlüsselt – unverschlüsseltes http: die Zugangsdaten gehen im Klartext übers Netz');
    await expect(card.locator('.sync-insecure-badge')).toBeVisible();
    await expect(page.locator('.sync-site', { hasText: shell.siteUrl() ?? 'http://127.0.0.1' }).locator('.sync-insecure-badge')).toHaveCount(0);

    const form = page.locator('form.sync-add');
    await form.getByLabel('Art').selectOption('wordpress');
    await form.getByLabel('Adresse der Website').fill(WP_URL);
    await form.getByLabel('Benutzername').fill('admin');
    await form.getByLabel('Anwendungspasswort').fill('abcd efgh ijkl mnop');
    await expect(form.getByRole('checkbox', { name: 'Unverschlüsseltes http erlauben (nur Testseiten)' })).toBeVisible();
    await expect(form.getByText(/Diese Adresse nutzt unverschlüsseltes http/)).toBeVisible();
    await form.getByRole('button', { name: 'Website hinzufügen' }).click();
    await expect(form.getByRole('alert')).toHaveText(/^Die Website konnte nicht hinzugefügt werden: Diese WordPress-Website nutzt unverschlüsseltes http/);
    await page.screenshot({ path: 'tests/e2e/screenshots/sites-insecure-de.png', fullPage: true });
  } finally {
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
});

test('English: the list marks a plain-http site "Unencrypted" (screenshot of the form with the warning)', async ({ page }) => {
  const shell = await startWebShell({ dataDir: await dataDirWithLegacySite() });
  try {
    await page.goto(shell.url);
    await openSites(page, 'Screens', 'Sites');
    const badge = page.locator('.sync-site', { hasText: LEGACY_URL }).locator('.sync-insecure-badge');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveText('Unencrypted – plain http: the credentials travel unencrypted');
    const form = page.locator('form.sync-add');
    await form.getByLabel('Type').selectOption('wordpress');
    await form.getByLabel('Site address').fill(WP_URL);
    await form.getByLabel('User name').fill('admin');
    await form.getByLabel('Application password').fill('abcd efgh ijkl mnop');
    await form.getByRole('button', { name: 'Add site' }).click();
    await expect(form.getByRole('alert')).toHaveText(/plain http/);
    expect(await seriousViolations(page), 'Sites screen with the warning, the mark and the refusal').toEqual([]);
    await page.screenshot({ path: 'tests/e2e/screenshots/sites-insecure-en.png', fullPage: true });
  } finally {
    await shell.stop();
    removeDataDir(shell.dataDir);
  }
});
