import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** A webContents stand-in that records handlers and sent messages. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  url = '';
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  openDevTools() {}
}

/**
 * Just enough of the 'electron' module for the bundled main process to start in plain Node:
 * every call the app makes is recorded so that tests can assert on the wiring.
 */
export function createFakeElectron(userData: string) {
  const appEvents = new EventEmitter();
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const record = {
    privilegedSchemes: [] as unknown[],
    spellCheckerLanguages: [] as string[],
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    beforeRequest: null as null | Listener,
    menuTemplate: [] as unknown[],
    openedExternally: [] as string[],
    errorBoxes: [] as string[],
    quitCalls: 0,
    exitCode: null as number | null,
    sandboxEnabled: false,
    name: '',
  };
  const paths: Record<string, string> = { userData };
  const safeStorageState = { available: false, backend: 'unknown' as string, encrypted: 0 };

  const nativeTheme = Object.assign(new EventEmitter(), { themeSource: 'light', shouldUseDarkColors: true });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    static getFocusedWindow = () => windows.find((w) => !w.destroyed) ?? null;
    readonly webContents = new FakeWebContents();
    destroyed = false;
    shown = false;
    background: string;
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
      super();
      this.background = String(options.backgroundColor);
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.url = url;
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1100, height: 750 });
    setBackgroundColor(color: string) {
      this.background = color;
    }
    show() {
      this.shown = true;
    }
    maximize() {}
    restore() {}
    focus() {}
    close() {
      this.emit('close', { preventDefault() {} });
      this.destroyed = true;
      this.emit('closed');
    }
  }

  const session = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler) },
    webRequest: { onBeforeRequest: (l: Listener) => (record.beforeRequest = l) },
    setPermissionRequestHandler: (l: Listener) => (record.permissionRequest = l),
    setPermissionCheckHandler: (l: Listener) => (record.permissionCheck = l),
    setDevicePermissionHandler: () => {},
    setDisplayMediaRequestHandler: () => {},
    setSpellCheckerLanguages: (langs: string[]) => (record.spellCheckerLanguages = langs),
  };

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

  const electron = {
    app: Object.assign(appEvents, {
      isPackaged: false,
      setName: (n: string) => (record.name = n),
      getPath: (name: string) => paths[name] ?? `/tmp/${name}`,
      setPath: (name: string, value: string) => (paths[name] = value),
      enableSandbox: () => (record.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getLocale: () => 'de-DE',
      setAboutPanelOptions: () => {},
      showAboutPanel: () => {},
      quit: () => {
        record.quitCalls++;
        // Like Electron: before-quit, then (windows closed) will-quit; either may be held.
        for (const name of ['before-quit', 'will-quit']) {
          const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
          appEvents.emit(name, event);
          if (event.defaultPrevented) return;
        }
        record.exitCode = 0;
      },
      exit: (code: number) => (record.exitCode = code),
    }),
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => record.privilegedSchemes.push(...schemes) },
    session: { defaultSession: session },
    ipcMain: {
      handle: (channel: string, l: Listener) => ipcHandlers.set(channel, l),
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    nativeTheme,
    // No keyring in the stand-in by default: the host falls back to the 0600 file box. Tests may
    // set safeStorageState (e.g. available + 'basic_text', Linux without a keyring) before loading.
    safeStorage: {
      isEncryptionAvailable: () => safeStorageState.available,
      getSelectedStorageBackend: () => safeStorageState.backend,
      encryptString: (plain: string) => {
        safeStorageState.encrypted++;
        return Buffer.from(`fake-sealed:${plain}`, 'utf8');
      },
      decryptString: (encrypted: Buffer) => {
        const text = encrypted.toString('utf8');
        if (!text.startsWith('fake-sealed:')) throw new Error('cannot decrypt');
        return text.slice('fake-sealed:'.length);
      },
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => (record.menuTemplate = menu),
    },
    dialog: { showErrorBox: (_title: string, message: string) => record.errorBoxes.push(message) },
    shell: { openExternal: async (url: string) => void record.openedExternally.push(url) },
  };
  return { electron, record, windows, ipcHandlers, protocolHandlers, appEvents, nativeTheme, paths, safeStorageState };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
