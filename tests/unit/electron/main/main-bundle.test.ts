// Starts the real bundle (scripts/build-electron.mjs output) in plain Node with a recorded stand-in
// for the 'electron' module. The Electron binary cannot be downloaded here, so this is where the
// main process's wiring (window flags, app:// protocol, IPC, session policy, menu, quit) is
// checked end to end against the real back end; tests/e2e/electron.spec.ts does it for real
// where the binary exists.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import Module, { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../../../core/contract/contract';
import { createFakeElectron, type FakeElectron, type FakeWebContents } from './support/fake-electron';

const root = path.resolve(__dirname, '../../../..');
let tmp = '';
let fake: FakeElectron;
const savedEnv = { ...process.env };
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
const originalLoad = moduleInternals._load;
const warnings: string[] = [];
let otherHost: ChildProcess | null = null;

async function until(condition: () => boolean, what: string, ms = 15_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const win = () => fake.windows[0]!;
const invoke = (name: string, args: unknown, sender: { id: number; url: string; parent?: unknown }) =>
  fake.ipcHandlers.get(`copydesk:${name}`)!({ sender: { id: sender.id }, senderFrame: { url: sender.url, parent: sender.parent ?? null } }, args);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'copydesk-main-'));
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out', path.join(tmp, 'build', 'electron')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(build.status, build.stderr).toBe(0);
  await mkdir(path.join(tmp, 'build', 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(tmp, 'build', 'renderer', 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(path.join(tmp, 'build', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(tmp, 'package.json'), JSON.stringify({ version: '9.8.7' }));
  await writeFile(path.join(tmp, 'secret.txt'), 'not for the renderer');

  process.env.COPYDESK_DATA_DIR = path.join(tmp, 'data');
  process.env.COPYDESK_PROFILE_DIR = path.join(tmp, 'profile');
  delete process.env.COPYDESK_LANG;
  fake = createFakeElectron(path.join(tmp, 'default-user-data'));
  // Linux without a keyring: safeStorage "works", with the basic_text backend (a built-in key).
  Object.assign(fake.safeStorageState, { available: true, backend: 'basic_text' });
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(path.join(tmp, 'build', 'electron', 'main.cjs'));
  await until(() => fake.windows.length === 1 && win().loadedUrl !== '', 'the window to load');
}, 90_000);

afterAll(async () => {
  otherHost?.kill('SIGKILL');
  vi.restoreAllMocks();
  moduleInternals._load = originalLoad;
  process.env = savedEnv;
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the bundled main process', () => {
  it('prepares the app before ready: name, profile, privileged scheme, sandbox', () => {
    expect(fake.record.name).toBe('Copydesk');
    expect(fake.paths.userData).toBe(path.join(tmp, 'profile'));
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(JSON.stringify(fake.record.privilegedSchemes)).not.toMatch(/bypassCSP|corsEnabled/);
  });

  it('holds the data directory lock while it runs', async () => {
    expect(JSON.parse(await readFile(path.join(tmp, 'data', 'copydesk.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: 'electron', hostname: os.hostname() });
  });

  it('does not take safeStorage with the basic_text backend for a keychain (Linux): site tokens go to the 0600 key file, and the log says so', async () => {
    // A reference site that knows the token: sites.add checks it (GET /api/v1/me), then seals it.
    const site = createServer((req, res) => {
      const ok = req.url === '/api/v1/me' && req.headers.authorization === 'Bearer site-token-0123456789';
      res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
      res.end(ok ? JSON.stringify({ user: { name: 'ed', role: 'editor' } }) : JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no' } }));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
      const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
      await expect(invoke('sites.add', { kind: 'reference-site', url, token: 'site-token-0123456789' }, ours)).resolves.toMatchObject({ ok: true });
      const stored = JSON.parse(await readFile(path.join(tmp, 'data', 'sites.json'), 'utf8')) as { sites: { url: string; sealed: string }[] };
      const sealed = stored.sites.find((s) => s.url.startsWith(url))!.sealed;
      expect(sealed).not.toContain('site-token-0123456789');
      if (process.platform === 'linux') {
        expect(sealed).toMatch(/^fb1:/);
        expect(fake.safeStorageState.encrypted).toBe(0);
        expect(warnings.join('\n')).toMatch(/safeStorage reports the "basic_text" backend, which is no keychain/);
        expect((await stat(path.join(tmp, 'data', 'secrets', 'secret-box.key'))).mode & 0o777).toBe(0o600);
      } else {
        expect(sealed).toMatch(/^ss1:/);
      }
      const id = stored.sites.find((s) => s.url.startsWith(url))! as unknown as { id: string };
      await invoke('sites.remove', { id: id.id }, ours);
    } finally {
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });

  it('opens one locked-down window on app://copydesk/', () => {
    const prefs = win().options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(win().loadedUrl).toBe('app://copydesk/index.html');
    expect(fake.nativeTheme.themeSource).toBe('system');
    expect(win().options.backgroundColor).toBe('#1b1d21');
  });

  it('shows the window when ready and follows the OS theme', () => {
    win().emit('ready-to-show');
    expect(win().shown).toBe(true);
    fake.nativeTheme.shouldUseDarkColors = false;
    fake.nativeTheme.emit('updated');
    expect(win().background).toBe('#ffffff');
  });

  it('serves the renderer with the CSP and refuses everything else', async () => {
    const handle = fake.protocolHandlers.get('app')!;
    const index = await handle(new Request('app://copydesk/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('<title>Copydesk</title>');
    const js = await handle(new Request('app://copydesk/assets/app.js'));
    expect(js.headers.get('content-type')).toContain('text/javascript');
    for (const url of ['app://copydesk/..%2f..%2fsecret.txt', 'app://copydesk/%2e%2e/%2e%2e/secret.txt', 'app://other/index.html', 'app://copydesk/media/nope.png', 'app://copydesk/missing.js']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('content-security-policy'), url).toContain("default-src 'self'");
      expect(await res.text(), url).not.toContain('not for the renderer');
    }
    expect((await handle(new Request('app://copydesk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('serves stored media through app://copydesk/media/<id>', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const put = (await invoke('media.put', { fileName: 'x.png', dataBase64: png.toString('base64') }, { id: win().webContents.id, url: 'app://copydesk/index.html' })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(put.ok).toBe(true);
    const res = await fake.protocolHandlers.get('app')!(new Request(`app://copydesk/media/${put.value.id}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
  });

  it('answers contract calls from the window and refuses everyone else', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(CALL_NAMES.map((n) => `copydesk:${n}`).sort());
    const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
    await expect(invoke('app.info', {}, ours)).resolves.toMatchObject({
      ok: true,
      value: { host: 'electron', version: '9.8.7', dataDir: path.join(tmp, 'data'), forcedLanguage: null, systemLanguage: 'de-DE' },
    });
    await expect(invoke('app.info', {}, { ...ours, parent: {} })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(invoke('app.info', {}, { ...ours, url: 'https://evil.example/' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(invoke('app.info', {}, { ...ours, id: 999 })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(invoke('articles.get', { id: '../../etc' }, ours)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('opens only checked links externally', async () => {
    const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
    await expect(invoke('shell.openExternal', { url: 'https://www.example.de/' }, ours)).resolves.toEqual({ ok: true, value: { opened: true } });
    await expect(invoke('shell.openExternal', { url: 'file:///etc/passwd' }, ours)).resolves.toMatchObject({ ok: false });
    expect(fake.record.openedExternally).toEqual(['https://www.example.de/']);
  });

  it('guards navigation, new windows and webviews', () => {
    const contents = win().webContents as FakeWebContents;
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-navigate', 'app://copydesk/index.html')).toBe(false);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-attach-webview', 'app://copydesk/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://news.example/' })).toEqual({ action: 'deny' });
    expect(fake.record.openedExternally).toContain('https://news.example/');
    expect(fake.record.openedExternally).not.toContain('javascript:alert(1)');
  });

  it("opens an article's preview window only on the editor window's call: locked down, no preload, no contract", async () => {
    const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
    await expect(invoke('app.openPreviewWindow', { articleId: '../etc' }, ours)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    await expect(invoke('app.openPreviewWindow', { articleId: 'article-123' }, ours)).resolves.toEqual({ ok: true, value: { opened: true } });
    const preview = fake.windows[1]!;
    expect(preview.loadedUrl).toBe('app://copydesk/index.html?view=preview&article=article-123');
    expect(preview.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(preview.options.webPreferences.preload).toBeUndefined();
    // The preview window is not "our window" for the contract, and it is guarded like the editor.
    const fromPreview = { id: preview.webContents.id, url: preview.loadedUrl };
    await expect(invoke('app.info', {}, fromPreview)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(invoke('app.openPreviewWindow', { articleId: 'article-456' }, fromPreview)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((preview.webContents as FakeWebContents).windowOpenHandler!({ url: 'app://copydesk/index.html' })).toEqual({ action: 'deny' });
    // Asked again, the same window comes up.
    await invoke('app.openPreviewWindow', { articleId: 'article-123' }, ours);
    expect(fake.windows.filter((w) => !w.destroyed)).toHaveLength(2);
    // A menu command while the preview has the focus goes to the editor window.
    const BrowserWindowClass = fake.electron.BrowserWindow as unknown as { getFocusedWindow: () => unknown };
    const focused = BrowserWindowClass.getFocusedWindow;
    BrowserWindowClass.getFocusedWindow = () => preview;
    try {
      const file = (fake.record.menuTemplate as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]).find((m) => m.label === 'Datei')!;
      win().webContents.sent.length = 0;
      file.submenu!.find((i) => i.label === 'Speichern')!.click!();
      expect(win().webContents.sent).toEqual([['copydesk-menu:command', 'save']]);
      expect(preview.webContents.sent).toEqual([]);
    } finally {
      BrowserWindowClass.getFocusedWindow = focused;
    }
    preview.close();
    expect(win().destroyed).toBe(false);
  });

  it('hardens the session', () => {
    const allow = (permission: string, url = 'app://copydesk/index.html') => {
      let granted: unknown;
      fake.record.permissionRequest!({}, permission, (g: unknown) => (granted = g), { requestingUrl: url });
      return granted;
    };
    expect(allow('notifications')).toBe(true);
    expect(allow('clipboard-sanitized-write')).toBe(true);
    expect(allow('media')).toBe(false);
    expect(allow('notifications', 'https://evil.example/')).toBe(false);
    expect(fake.record.permissionCheck!({}, 'geolocation', 'app://copydesk')).toBe(false);
    const cancelled = (url: string, fromPage = true) => {
      let cancel: unknown;
      const details = fromPage ? { url, webContentsId: win().webContents.id } : { url };
      fake.record.beforeRequest!(details, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://copydesk/assets/app.js')).toBe(false);
    expect(cancelled('https://redirector.gvt1.com/edgedl/chrome/dict/de-de-3-0.bdic', false)).toBe(false);
    if (process.platform !== 'darwin') expect(fake.record.spellCheckerLanguages).toEqual(['de-DE', 'en-US']);
  });

  it('has a German menu (from the OS locale) whose commands reach the renderer', () => {
    const labels = (fake.record.menuTemplate as { label?: string }[]).map((m) => m.label);
    expect(labels).toContain('Datei');
    const file = (fake.record.menuTemplate as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]).find((m) => m.label === 'Datei')!;
    file.submenu!.find((i) => i.label === 'Speichern')!.click!();
    expect(win().webContents.sent).toContainEqual(['copydesk-menu:command', 'save']);
  });

  it('rebuilds the menu when the UI language setting changes', async () => {
    const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
    await expect(invoke('settings.update', { uiLanguage: 'en' }, ours)).resolves.toMatchObject({ ok: true });
    await until(() => (fake.record.menuTemplate as { label?: string }[]).some((m) => m.label === 'File'), 'the English menu');
  });

  it('remembers the window state on close and closes the store on quit', async () => {
    win().close();
    await until(() => existsSync(path.join(tmp, 'profile', 'window-state.json')), 'window-state.json');
    expect(JSON.parse(await readFile(path.join(tmp, 'profile', 'window-state.json'), 'utf8'))).toEqual({ x: 10, y: 20, width: 1100, height: 750, maximized: false });
    fake.electron.app.quit();
    await until(() => fake.record.exitCode === 0, 'the exit after closing the store');
    expect(fake.record.quitCalls).toBe(1);
    expect(existsSync(path.join(tmp, 'data', 'copydesk.lock'))).toBe(false);
    const ours = { id: win().webContents.id, url: 'app://copydesk/index.html' };
    await expect(invoke('app.info', {}, ours)).resolves.toMatchObject({ ok: false });
    expect(fake.record.errorBoxes).toEqual([]);
  });
});

describe('a second host on the same data directory', () => {
  it('shows who holds it in a dialog and exits 1 without opening a window or the data', async () => {
    // A live process (standing in for a running web shell) holds <dataDir>/copydesk.lock.
    otherHost = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => otherHost!.once('spawn', resolve));
    const dataDir = path.join(tmp, 'data-in-use');
    await mkdir(dataDir, { recursive: true });
    const holder = { pid: otherHost.pid, host: 'web', hostname: os.hostname(), since: new Date().toISOString(), id: 'the-web-shell' };
    await writeFile(path.join(dataDir, 'copydesk.lock'), JSON.stringify(holder));

    process.env.COPYDESK_DATA_DIR = dataDir;
    process.env.COPYDESK_PROFILE_DIR = path.join(tmp, 'profile-2');
    fake = createFakeElectron(path.join(tmp, 'default-user-data-2'));
    const bundle = path.join(tmp, 'build', 'electron', 'main.cjs');
    const req = createRequire(import.meta.url);
    delete req.cache[req.resolve(bundle)];
    req(bundle);
    await until(() => fake.record.exitCode !== null, 'the refusal');

    expect(fake.record.exitCode).toBe(1);
    expect(fake.record.errorBoxes).toHaveLength(1);
    expect(fake.record.errorBoxes[0]).toContain(`The data directory ${dataDir} is in use by the Copydesk web shell (pid ${otherHost.pid}, since `);
    expect(fake.record.errorBoxes[0]).toContain('COPYDESK_DATA_DIR');
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(existsSync(path.join(dataDir, 'site'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'articles'))).toBe(false);
    // The holder's lock is left as it was.
    expect(JSON.parse(await readFile(path.join(dataDir, 'copydesk.lock'), 'utf8'))).toEqual(holder);
  });
});
