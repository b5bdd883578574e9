import type { Dispatch } from '../core/contract/dispatch';
import type { Language } from '../core/article/article';
import type { InboxItem } from '../core/contract/calls/team';
import type { SyncHostOptions } from './sync/sync-service';
import type { TeamChannel } from './sync/team/team-port';

/** What a host (Electron main process or the web shell) tells the back end about itself. */
export interface BackendOptions {
  dataDir: string;
  host: 'electron' | 'web';
  version: string;
  /** COPYDESK_LANG, when set to de or en. */
  forcedLanguage: Language | null;
  /** The OS language, e.g. "de-DE". */
  systemLanguage: string;
  /** Opens a checked http(s)/mailto URL outside the app; resolves false when it could not. */
  openExternal(url: string): Promise<boolean>;
  /** Opens the article's separate preview window (Electron); a host without one resolves false. */
  openPreviewWindow?(articleId: string): Promise<boolean>;
  now?: () => Date;
  /** The host's secret box and the embedded reference site, for the sync engine. */
  sync?: SyncHostOptions;
  /** Shows a new notification outside the app (Electron: a system notification); the web shell has none. */
  notify?(item: InboxItem): void;
}

/** The services behind the contract, hosted identically by Electron and by the web shell. */
export interface Backend {
  /** Validates and runs one contract call; never throws. */
  dispatch: Dispatch;
  /** The file and sniffed MIME type of a stored media item, for the app:// or /media/ handler. */
  mediaFile(id: string): Promise<{ path: string; mime: string } | null>;
  /** Flushes indexes and closes files. */
  close(): Promise<void>;
}

/** What a caller may bring instead of the back end's own parts (tests: a fake site channel). */
export interface BackendOverrides {
  /** Used instead of the sync module's team channel. */
  team?: TeamChannel;
}
