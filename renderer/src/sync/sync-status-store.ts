import { useEffect, useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../../core/contract/contract';
import type { Client } from '../client/client';

const POLL_MS = 3000;
let current: SyncStatus | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;
let activeClient: Client | null = null;
let users = 0;

async function poll(): Promise<void> {
  if (!activeClient) return;
  const result = await activeClient.call('sync.status', {}).catch(() => null);
  if (result?.ok) {
    current = result.value;
    for (const l of listeners) l();
  }
  if (users > 0) timer = setTimeout(() => void poll(), POLL_MS);
}

/** Fetches the status at once (after "Sync now", a resolve) instead of waiting for the next poll. */
export function refreshSyncStatus(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  void poll();
}

/**
 * The sync status of all articles, from ONE `sync.status` call every few seconds shared by
 * every badge and the Sites screen; polling stops when nothing shows it.
 */
export function useSyncStatus(client: Client): SyncStatus | null {
  useEffect(() => {
    activeClient = client;
    users++;
    if (users === 1) refreshSyncStatus();
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
