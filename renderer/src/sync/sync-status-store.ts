import type { SyncStatus } from '../../../core/contract/contract';
import type { Client } from '../client/client';
import { createPolledStore } from '../client/polled-store';

const POLL_MS = 3000;

const store = createPolledStore<SyncStatus | null>(null, POLL_MS, async (client, current) => {
  const result = await client.call('sync.status', {});
  return result.ok ? result.value : current;
});

/** Fetches the status at once (after "Sync now", a resolve) instead of waiting for the next poll. */
export function refreshSyncStatus(): void {
  void store.refresh();
}

/**
 * The sync status of all articles, from ONE `sync.status` call every few seconds shared by
 * every badge and the Sites screen; polling stops when nothing shows it.
 */
export const useSyncStatus = (client: Client): SyncStatus | null => store.use(client);
