import { useSyncExternalStore } from 'react';
import type { Acting } from '../../team/account-store';

const KEY = 'copydesk.suggesting';
const listeners = new Set<() => void>();
/** An editor's own choice (the toolbar toggle), remembered for the session. */
let chosen: boolean | null = null;

const read = () => chosen ?? (typeof window !== 'undefined' && window.sessionStorage.getItem(KEY) === '1');

export function setSuggesting(on: boolean): void {
  chosen = on;
  window.sessionStorage.setItem(KEY, on ? '1' : '0');
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/**
 * Whether edits to the body become suggestions: always for a reviewer (on a site she may not
 * change the text at all), for editors and publishers when they switch it on.
 */
export function useSuggestingMode(acting: Acting | null): { on: boolean; forced: boolean } {
  const choice = useSyncExternalStore(subscribe, read, () => false);
  const forced = acting?.role === 'reviewer';
  return { on: forced || choice, forced };
}
