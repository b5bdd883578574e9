import { useEffect } from 'react';
import { STATUS_LABELS } from '../../../core/workflow/labels';
import type { Client } from '../client/client';
import { useClient } from '../client/context';

export const NOTIFY_POLL_MS = 5_000;

let users = 0;
let timer: ReturnType<typeof setInterval> | null = null;
let cursor = -1;

/** Whether the browser (or Electron) may show system notifications now. */
export const notificationsGranted = () => typeof Notification !== 'undefined' && Notification.permission === 'granted';

async function poll(client: Client, lang: () => 'de' | 'en'): Promise<void> {
  const result = await client.call('workflow.events', { after: cursor });
  if (!result.ok) return;
  const first = cursor < 0;
  cursor = result.value.cursor;
  if (first || !notificationsGranted()) return;
  for (const e of result.value.events) {
    const l = lang();
    const title = l === 'de' ? `Status geändert: ${STATUS_LABELS[e.to].de}` : `Status changed: ${STATUS_LABELS[e.to].en}`;
    const body = `${e.headline || (l === 'de' ? '(ohne Überschrift)' : '(no headline)')} · ${e.actorName}`;
    new Notification(title, { body, tag: `copydesk-${e.id}-${e.seq}` });
  }
}

/**
 * Shows a system notification when an article the profile wrote or acted on changes status
 * (by someone else, or by the scheduler). One poller for the whole app however many screens use it.
 */
export function useStatusNotifications(lang: 'de' | 'en'): void {
  const client = useClient();
  useEffect(() => {
    users++;
    const language = () => (document.documentElement.lang === 'de' ? 'de' : lang);
    if (!timer) {
      void poll(client, language);
      timer = setInterval(() => void poll(client, language), NOTIFY_POLL_MS);
    }
    return () => {
      users--;
      if (users === 0 && timer) {
        clearInterval(timer);
        timer = null;
      }
    };
  }, [client, lang]);
}
