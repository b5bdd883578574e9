import type { InboxItem } from '../../core/contract/calls/team';
import type { MenuLanguage } from './menu-labels';

/** The part of Electron's Notification the notifier uses (main.ts passes the real one). */
export interface NotificationPort {
  isSupported(): boolean;
  show(options: { title: string; body: string }, onClick: () => void): void;
}

/** At most this many notifications at once; the rest are summed up in one more. */
export const MAX_SHOWN_AT_ONCE = 3;

const MORE = {
  de: (n: number) => ({ title: 'Copydesk', body: `${n} weitere Benachrichtigungen im Posteingang.` }),
  en: (n: number) => ({ title: 'Copydesk', body: `${n} more notifications in the inbox.` }),
};

/**
 * The back end's `notify` for the desktop app: a system notification per new inbox item in the
 * UI's language, clicking it brings the window up. Items that arrive together (one sync round)
 * are shown together, so a round that brings twenty never floods the screen.
 */
export function systemNotifier(port: NotificationPort, language: () => Promise<MenuLanguage>, focus: () => void): (item: InboxItem) => void {
  let pending: InboxItem[] = [];
  const flush = async () => {
    const items = pending;
    pending = [];
    if (!port.isSupported()) return;
    const lang = await language();
    for (const item of items.slice(0, MAX_SHOWN_AT_ONCE)) port.show({ title: item.headline.trim() || 'Copydesk', body: item.text[lang] }, focus);
    if (items.length > MAX_SHOWN_AT_ONCE) port.show(MORE[lang](items.length - MAX_SHOWN_AT_ONCE), focus);
  };
  return (item) => {
    pending.push(item);
    if (pending.length === 1) queueMicrotask(() => void flush().catch(() => {}));
  };
}
