import { useEffect, useSyncExternalStore } from 'react';
import type { InboxItem } from '../../../core/contract/calls/team';
import type { Client } from '../client/client';

/** How often the inbox is asked for news. */
export const INBOX_POLL_MS = 10_000;

export interface InboxState {
  items: InboxItem[];
  unread: number;
  error: string | null;
}

let current: InboxState = { items: [], unread: 0, error: null };
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
let activeClient: Client | null = null;
let users = 0;

function set(next: InboxState): void {
  current = next;
  for (const l of listeners) l();
}

async function poll(): Promise<void> {
  if (!activeClient) return;
  const result = await activeClient.call('inbox.list', {}).catch(() => null);
  if (result?.ok) set({ items: result.value.items, unread: result.value.unread, error: null });
  else if (result) set({ ...current, error: result.error.message });
  if (users > 0) timer = setTimeout(() => void poll(), INBOX_POLL_MS);
}

/** Asks at once (after marking read) instead of waiting for the next poll. */
export function refreshInbox(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  return poll();
}

/** Marks the given notifications read (all of them without ids), then refreshes the list. */
export async function markInboxRead(client: Client, ids?: string[]): Promise<string | null> {
  const result = await client.call('inbox.markRead', ids ? { ids } : {});
  if (!result.ok) return result.error.message;
  const readIds = ids ? new Set(ids) : null;
  set({ ...current, unread: result.value.unread, items: current.items.map((i) => (!readIds || readIds.has(i.id) ? { ...i, read: true } : i)) });
  await refreshInbox();
  return null;
}

/** The inbox from ONE `inbox.list` poll every 10 s shared by the bell and the Inbox screen. */
export function useInbox(client: Client): InboxState {
  useEffect(() => {
    activeClient = client;
    users++;
    if (users === 1) void refreshInbox();
    return () => {
      users--;
      if (users === 0 && timer) {
        clearTimeout(timer);
        timer = null;
      }
    };
  }, [client]);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
