// The real desktop app, driven through Playwright's _electron: build/electron/main.cjs in the
// Electron binary from node_modules, with a fresh data directory and profile. Needs
// `npm run build` first. Skipped, with the reason printed, where the binary is not installed
// (it cannot be downloaded on our build machines) or there is no display to open a window on.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainBundle = path.join(root, 'build', 'electron', 'main.cjs');

/** What require('electron') reports (the binary, via node_modules/electron/path.txt), if it exists. */
function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const binaryExists = binary !== null;
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skipReason = !binaryExists
  ? 'Electron binary not installed (cannot be downloaded on this machine): node_modules/electron has no path.txt/dist; run `node scripts/ensure-electron.mjs` where GitHub is reachable.'
  : !hasDisplay
    ? 'No display for the Electron window: run the e2e tests under `xvfb-run -a`.'
    : '';
if (skipReason) console.log(`[electron.spec] skipped: ${skipReason}`);

test.skip(!binaryExists, skipReason);
test.skip(binaryExists && !hasDisplay, skipReason);

test('the desktop app opens Copydesk in an isolated, sandboxed window', async () => {
  expect(existsSync(mainBundle), 'build/electron/main.cjs is missing: run `npm run build` first').toBe(true);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-data-'));
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-e2e-profile-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  Object.assign(env, { COPYDESK_DATA_DIR: dataDir, COPYDESK_PROFILE_DIR: profileDir, COPYDESK_LANG: 'en' });

  const app = await electron.launch({
    executablePath: binary!,
    // Chromium refuses its sandbox as root (CI containers); the renderer flags stay as configured.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), mainBundle],
    cwd: root,
    env,
    timeout: 60_000,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page).toHaveTitle(/Copydesk/);

    // Context isolation and no Node in the page: only the bridge is visible.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { copydesk: object }).copydesk).sort())).toEqual(['call', 'host', 'onMenuCommand']);

    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();

    // Served from our privileged scheme, never file:// or a dev server.
    const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL() ?? '');
    expect(url.startsWith('app://copydesk/')).toBe(true);

    // The bridge reaches the back end, which uses the fresh data directory.
    const info = await page.evaluate(() =>
      (window as unknown as { copydesk: { call(n: string, a: object): Promise<unknown> } }).copydesk.call('app.info', {}),
    );
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir } });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
});
