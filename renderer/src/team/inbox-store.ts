import type { InboxItem } from '../../../core/contract/calls/team';
import type { Client } from '../client/client';
import { createPolledStore } from '../client/polled-store';

/** How often the inbox is asked for news. */
export const INBOX_POLL_MS = 10_000;

export interface InboxState {
  items: InboxItem[];
  unread: number;
  error: string | null;
}

const store = createPolledStore<InboxState>({ items: [], unread: 0, error: null }, INBOX_POLL_MS, async (client, current) => {
  const result = await client.call('inbox.list', {});
  return result.ok ? { items: result.value.items, unread: result.value.unread, error: null } : { ...current, error: result.error.message };
});

/** Asks at once (after marking read) instead of waiting for the next poll. */
export const refreshInbox = (): Promise<void> => store.refresh();

/** Marks the given notifications read (all of them without ids), then refreshes the list. */
export async function markInboxRead(client: Client, ids?: string[]): Promise<string | null> {
  const result = await client.call('inbox.markRead', ids ? { ids } : {});
  if (!result.ok) return result.error.message;
  const readIds = ids ? new Set(ids) : null;
  const current = store.get();
  store.set({ ...current, unread: result.value.unread, items: current.items.map((i) => (!readIds || readIds.has(i.id) ? { ...i, read: true } : i)) });
  await refreshInbox();
  return null;
}

/** The inbox from ONE `inbox.list` poll every 10 s shared by the bell and the Inbox screen. */
export const useInbox = (client: Client): InboxState => store.use(client);
