import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_START_URL } from './url-policy';
import { loadWindowState, saveWindowState } from './window-state-file';
import { MIN_HEIGHT, MIN_WIDTH, restoreWindowState, type WindowState } from './window-state';
import { LOCKED_WEB_PREFERENCES } from './locked-web-preferences';

/** Background colours matching the renderer's light and dark themes, shown before it paints. */
const BACKGROUND = { dark: '#1b1d21', light: '#ffffff' };
export const background = () => (nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);

export interface MainWindowOptions {
  preload: string;
  icon: string;
  /** Where window-state.json lives (userData). */
  stateDir: string;
  log(message: string): void;
}

/**
 * Creates the one editor window: sandboxed, context-isolated, no Node, web security on, loading
 * app://copydesk/. Restores size, position and maximized state when they fit the current
 * displays, remembers them on close, and follows the OS light/dark setting.
 */
export async function createMainWindow(o: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(o.stateDir);
  const state = restoreWindowState(
    saved,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Copydesk',
    icon: process.platform === 'linux' ? o.icon : undefined,
    backgroundColor: background(),
    webPreferences: { ...LOCKED_WEB_PREFERENCES, preload: o.preload, spellcheck: true },
  });

  const onThemeChange = () => {
    if (!win.isDestroyed()) win.setBackgroundColor(background());
  };
  nativeTheme.on('updated', onThemeChange);

  let lastState: WindowState = state;
  const capture = () => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    lastState = { ...bounds, maximized: win.isMaximized() };
  };
  win.on('resize', capture);
  win.on('move', capture);
  win.on('close', () => {
    capture();
    try {
      saveWindowState(o.stateDir, lastState);
    } catch (err) {
      o.log(`could not remember the window state: ${String(err)}`);
    }
  });
  win.on('closed', () => nativeTheme.off('updated', onThemeChange));

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  await win.loadURL(APP_START_URL);
  return win;
}
