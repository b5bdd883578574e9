import { isAppUrl } from './url-policy';

/** What the registrar knows about the frame that sent an IPC message. */
export interface SenderInfo {
  /** webContents.id of the sender. */
  webContentsId: number;
  /** False when event.senderFrame is null (the frame navigated away or was destroyed). */
  hasFrame: boolean;
  /** True when the frame is the top-level frame of its webContents (no parent). */
  isMainFrame: boolean;
  /** The frame's current URL. */
  url: string;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Only the main frame of one of our windows, showing our app:// origin, may call the back end.
 * Ad creatives live in sandboxed subframes and must never reach it, even if a preload leaked.
 */
export function checkSender(sender: SenderInfo, isOurWebContents: (id: number) => boolean): SenderVerdict {
  if (!isOurWebContents(sender.webContentsId)) return { ok: false, reason: 'not a Copydesk window' };
  if (!sender.hasFrame) return { ok: false, reason: 'the sending frame is gone' };
  if (!sender.isMainFrame) return { ok: false, reason: 'not the main frame' };
  if (!isAppUrl(sender.url)) return { ok: false, reason: 'not the app:// origin' };
  return { ok: true };
}
