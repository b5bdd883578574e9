import { useEffect, useSyncExternalStore } from 'react';
import type { Client } from './client';

/** One value polled from the back end and shared by every component showing it. */
export interface PolledStore<T> {
  /** The value, re-rendering on change; polling runs while at least one component uses it. */
  use(client: Client): T;
  /** Asks at once instead of waiting for the next poll. */
  refresh(): Promise<void>;
  get(): T;
  set(next: T): void;
}

/**
 * ONE call every `everyMs` for everything that shows the value (badges, bells, screens), after
 * `read`, which turns the current value into the next (keeping it when the call fails); the
 * poll stops when nothing shows it any more.
 */
export function createPolledStore<T>(initial: T, everyMs: number, read: (client: Client, current: T) => Promise<T>): PolledStore<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let activeClient: Client | null = null;
  let users = 0;

  const set = (next: T) => {
    if (Object.is(next, current)) return;
    current = next;
    for (const l of listeners) l();
  };
  async function poll(): Promise<void> {
    if (!activeClient) return;
    set(await read(activeClient, current).catch(() => current));
    if (users > 0) timer = setTimeout(() => void poll(), everyMs);
  }
  function refresh(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    return poll();
  }
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };

  function use(client: Client): T {
    useEffect(() => {
      activeClient = client;
      users++;
      if (users === 1) void refresh();
      return () => {
        users--;
        if (users === 0 && timer) {
          clearTimeout(timer);
          timer = null;
        }
      };
    }, [client]);
    return useSyncExternalStore(subscribe, () => current);
  }

  return { use, refresh, get: () => current, set };
}
