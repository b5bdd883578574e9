import type { Client } from '../../client/client';
import type { threadStore } from '../../workflow/comment-threads';
import type { SuggestEdit } from './suggest-edit';

/** How long typing may run on before the suggestion is stored (each keystroke would be a write and a queued op). */
export const SAVE_PAUSE_MS = 400;

type Store = ReturnType<typeof threadStore>;
type Change = SuggestEdit['save'][number];

/**
 * Stores suggestions after a pause in typing, the newest state of each; withdraws one (the
 * author took back all they typed). A failure is shown on the store; the text stays as typed.
 */
export function createSuggestionSender(client: Client, articleId: string, store: Store) {
  const waiting = new Map<string, { change: Change; timer: ReturnType<typeof setTimeout> }>();
  const sent = new Set<string>();
  let inFlight = 0;

  const report = (message: string | null) => {
    store.error = message;
    store.set([...store.threads]); // a new list, so the panels read the error
  };
  const send = async (change: Change) => {
    waiting.delete(change.threadId);
    inFlight++;
    const { threadId, ...rest } = change;
    const result = await client.call('suggestions.save', { id: articleId, threadId, ...rest });
    inFlight--;
    if (!result.ok) return report(result.error.message);
    sent.add(threadId);
    if (store.error) report(null);
    // A newer state typed meanwhile stays shown; it goes out next.
    if (!waiting.has(threadId)) store.upsert(result.value);
  };

  return {
    save(change: Change) {
      const earlier = waiting.get(change.threadId);
      if (earlier) clearTimeout(earlier.timer);
      waiting.set(change.threadId, { change, timer: setTimeout(() => void send(change), SAVE_PAUSE_MS) });
    },
    withdraw(threadId: string) {
      const earlier = waiting.get(threadId);
      if (earlier) clearTimeout(earlier.timer);
      waiting.delete(threadId);
      if (!sent.has(threadId)) return store.set(store.threads.filter((th) => th.id !== threadId));
      void client.call('suggestions.settle', { id: articleId, threadId, outcome: 'rejected' }).then((r) => (r.ok ? store.upsert(r.value) : report(r.error.message)));
    },
    /** Sends what waits at once (leaving the article). */
    flush() {
      for (const { change, timer } of [...waiting.values()]) {
        clearTimeout(timer);
        void send(change);
      }
    },
    busy: () => waiting.size > 0 || inFlight > 0,
  };
}
