import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './url-policy';
import { LOCKED_WEB_PREFERENCES } from './locked-web-preferences';

/** The renderer's standalone preview route (renderer/src/preview/standalone-route.ts reads it). */
export function previewWindowUrl(articleId: string): string {
  return `${APP_ORIGIN}/index.html?view=preview&article=${encodeURIComponent(articleId)}`;
}

const ARTICLE_ID = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * The editor window's hardening (sandbox, context isolation, no Node, web security; navigation
 * and window.open are denied for every webContents in main.ts) and no preload at all: the preview
 * makes no contract call, it only listens to the editor window's BroadcastChannel.
 */
export function previewWindowOptions(backgroundColor: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 900,
    minWidth: 420,
    minHeight: 400,
    show: false,
    title: 'Copydesk',
    ...(icon ? { icon } : {}),
    backgroundColor,
    webPreferences: { ...LOCKED_WEB_PREFERENCES, spellcheck: false },
  };
}

/** What this module uses of a BrowserWindow (a fake in tests). */
export interface PreviewWindowLike {
  readonly webContents: { id: number };
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  show(): void;
  close(): void;
  on(event: 'closed', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
}
export interface OwnerWindowLike {
  once(event: 'closed', listener: () => void): unknown;
  removeListener(event: 'closed', listener: () => void): unknown;
}

export interface PreviewWindowsOptions {
  create(options: BrowserWindowConstructorOptions): PreviewWindowLike;
  /** The editor window the previews belong to; they close with it. */
  owner(): OwnerWindowLike | null;
  background(): string;
  icon?: string;
  log(message: string): void;
}

/** One preview window per article, opened only by the main process on the editor's contract call. */
export function createPreviewWindows(o: PreviewWindowsOptions) {
  const open = new Map<string, { win: PreviewWindowLike; contentsId: number }>();
  return {
    async open(articleId: string): Promise<boolean> {
      if (!ARTICLE_ID.test(articleId)) return false;
      const existing = open.get(articleId);
      if (existing && !existing.win.isDestroyed()) {
        if (existing.win.isMinimized()) existing.win.restore();
        existing.win.focus();
        return true;
      }
      const owner = o.owner();
      if (!owner) return false;
      const win = o.create(previewWindowOptions(o.background(), o.icon));
      const entry = { win, contentsId: win.webContents.id };
      open.set(articleId, entry);
      const closeWithOwner = () => {
        if (!win.isDestroyed()) win.close();
      };
      owner.once('closed', closeWithOwner);
      win.on('closed', () => {
        owner.removeListener('closed', closeWithOwner);
        if (open.get(articleId) === entry) open.delete(articleId);
      });
      win.once('ready-to-show', () => win.show());
      try {
        await win.loadURL(previewWindowUrl(articleId));
        return true;
      } catch (err) {
        o.log(`the preview window did not load: ${err instanceof Error ? err.message : String(err)}`);
        closeWithOwner();
        return false;
      }
    },
    /** True for a preview window's webContents: never the editor window, never given the contract. */
    isPreviewWebContents(id: number): boolean {
      return [...open.values()].some((e) => e.contentsId === id);
    },
  };
}
