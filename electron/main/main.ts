/**
 * The Electron main process: the one place where the app is wired together. Bundled by
 * scripts/build-electron.mjs to build/electron/main.cjs (package.json "main").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, Notification, safeStorage, session } from 'electron';
import { fail } from '../../core/contract/result';
import { startEmbeddedSite, type EmbeddedSite } from '../../host-common/embedded-site';
import { createBackend, readAppVersion } from '../../backend/backend';
import { acquireDataDirLock, DataDirInUseError, describeHolder, type DataDirLock } from '../../host-common/data-dir-lock';
import type { Backend } from '../../backend/backend-types';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { bundlePaths } from './bundle-paths';
import { profileDirFromEnv, readHostConfig } from './host-config';
import { registerContractHandlers } from './ipc-registrar';
import { installApplicationMenu } from './menu';
import { menuLanguage } from './menu-labels';
import { background, createMainWindow } from './main-window';
import { createPreviewWindows } from './preview-window';
import { openExternalSafely } from './open-external';
import { chooseSecretBox } from './secret-box-choice';
import { applySessionPolicy } from './session-policy';
import { guardWebContents } from './web-contents-guards';
import { systemNotifier, type NotificationPort } from './system-notification';

const log = (message: string) => console.log(`[copydesk] ${message}`);
const paths = bundlePaths(__dirname);

// Before 'ready': the name decides userData (<appData>/Copydesk, as the web shell assumes),
// the profile override must precede the single-instance lock, and schemes must be privileged early.
app.setName('Copydesk');
const profileDir = profileDirFromEnv(process.env);
if (profileDir) app.setPath('userData', profileDir);
registerAppSchemePrivileges();
app.enableSandbox();

let backend: Backend | null = null;
let quitting = false;
/** The embedded reference site (the default sync target), closed after the store on quit. */
let site: EmbeddedSite | null = null;
/** <dataDir>/copydesk.lock: no web shell or second desktop app opens the same data meanwhile. Released last. */
let dataDirLock: DataDirLock | null = null;

/** The articles' preview windows: opened by the editor window's app.openPreviewWindow call only. */
const previews = createPreviewWindows({
  create: (options) => new BrowserWindow(options),
  owner: () => ourWindow(),
  background,
  icon: process.platform === 'linux' ? paths.icon : undefined,
  log,
});

/** The editor window (preview windows aside). */
function ourWindow(): BrowserWindow | null {
  return BrowserWindow.getAllWindows().find((w) => !previews.isPreviewWebContents(w.webContents.id)) ?? null;
}

/** Electron's notifications, as the notifier sees them. */
const notifications: NotificationPort = {
  isSupported: () => Notification.isSupported(),
  show: (options, onClick) => {
    const shown = new Notification(options);
    shown.on('click', onClick);
    shown.show();
  },
};

function focusOurWindow(): void {
  const win = ourWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

async function menuLanguageNow(forced: 'de' | 'en' | null): Promise<'de' | 'en'> {
  const settings = backend ? await backend.dispatch('settings.get', {}) : null;
  const setting = settings?.ok ? (settings.value as { uiLanguage?: 'system' | 'de' | 'en' }).uiLanguage : undefined;
  return menuLanguage(forced, setting, app.getLocale());
}

async function openWindow(): Promise<void> {
  if (!existsSync(path.join(paths.rendererDir, 'index.html'))) {
    throw new Error(`${paths.rendererDir} has no index.html: run "npm run build" first.`);
  }
  const win = await createMainWindow({ preload: paths.preload, icon: paths.icon, stateDir: app.getPath('userData'), log });
  if (process.env.COPYDESK_OPEN_DEVTOOLS === '1' && !app.isPackaged) win.webContents.openDevTools({ mode: 'detach' });
}

async function start(): Promise<void> {
  app.on('second-instance', focusOurWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternalSafely));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) void openWindow().catch((err: unknown) => log(`could not open a window: ${String(err)}`));
  });
  app.on('will-quit', (event) => {
    // All windows are closed by now (their last saves have been sent); flush and close the store
    // before the process ends: hold the quit once, close, then exit.
    if (quitting || !backend) return;
    event.preventDefault();
    quitting = true;
    const closing = backend;
    closing
      .close()
      .then(() => site?.close())
      .catch((err: unknown) => log(`closing the store failed: ${String(err)}`))
      .then(() => dataDirLock?.release())
      .finally(() => {
        backend = null;
        dataDirLock = null;
        app.exit(0);
      });
  });

  await app.whenReady();
  nativeTheme.themeSource = 'system';
  const config = readHostConfig(process.env, app.getPath('userData'));
  // One host per data directory (the web shell opens the same default one): refuse, saying who has it.
  try {
    dataDirLock = await acquireDataDirLock(config.dataDir, { host: 'electron', onLost: log });
  } catch (err) {
    if (!(err instanceof DataDirInUseError)) throw err;
    log(err.message);
    dialog.showErrorBox('Copydesk', err.message);
    app.exit(1);
    return;
  }
  if (dataDirLock.tookOver) {
    log(`took over the data directory lock of ${dataDirLock.tookOver.holder ? describeHolder(dataDirLock.tookOver.holder) : 'an unknown process'}: ${dataDirLock.tookOver.reason}`);
  }
  const version = readAppVersion(paths.appRoot);
  // Site tokens go to the OS keychain; without one (on Linux also safeStorage's basic_text,
  // a built-in key) they go to a 0600 key file, and the log says so.
  const secrets = chooseSecretBox(safeStorage, config.dataDir);
  if (secrets.warning) console.warn(`[copydesk] ${secrets.warning}`);
  const secretBox = secrets.box;
  site = await startEmbeddedSite({ dataDir: config.dataDir, secretBox }).catch((err: unknown) => {
    log(`the embedded site did not start: ${String(err)}`);
    return null;
  });
  backend = await createBackend({
    dataDir: config.dataDir,
    host: 'electron',
    version,
    forcedLanguage: config.forcedLanguage,
    systemLanguage: app.getLocale(),
    openExternal: openExternalSafely,
    openPreviewWindow: (articleId) => previews.open(articleId),
    sync: { secretBox, embeddedSite: site ? { url: site.url, tokens: site.tokens } : undefined },
    notify: systemNotifier(notifications, () => menuLanguageNow(config.forcedLanguage), focusOurWindow),
  });
  const ses = session.defaultSession;
  applySessionPolicy(ses, log);
  handleAppProtocol(ses, paths.rendererDir, backend);
  app.setAboutPanelOptions({ applicationName: 'Copydesk', applicationVersion: version, copyright: 'Copydesk' });

  const refreshMenu = async () => installApplicationMenu(await menuLanguageNow(config.forcedLanguage), ourWindow);
  await refreshMenu();
  registerContractHandlers(ipcMain, {
    backend: { dispatch: (name, args) => (backend ? backend.dispatch(name, args) : Promise.resolve(fail('UNAVAILABLE', 'Copydesk is shutting down.'))) },
    isOurWebContents: (id) => !previews.isPreviewWebContents(id) && BrowserWindow.getAllWindows().some((w) => !w.isDestroyed() && w.webContents.id === id),
    afterCall: (name, result) => {
      if (name === 'settings.update' && result.ok) void refreshMenu();
    },
    log,
  });
  await openWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Copydesk owns this profile; it was told to come to the front ('second-instance').
  app.quit();
} else {
  start().catch((err: unknown) => {
    console.error('[copydesk] start-up failed:', err);
    dialog.showErrorBox('Copydesk', `Copydesk could not start: ${err instanceof Error ? err.message : String(err)}`);
    dataDirLock?.releaseSync();
    app.exit(1);
  });
}
