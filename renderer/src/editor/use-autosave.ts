import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleFields } from '../../../core/article/article';
import type { Client } from '../client/client';
import { clearPending, writePending } from './pending-journal';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; code: string; message: string; retryInMs: number | null };

export const AUTOSAVE_DELAY_MS = 600;
const MAX_RETRY_MS = 30_000;

interface Options {
  client: Client;
  articleId: string;
  rev: number;
  onSaved(result: { rev: number; slug: string; updatedAt: string }, changes: Partial<ArticleFields>): void;
  /**
   * The stored article moved on (CONFLICT: a colleague's change taken by sync): follow it,
   * answering whether the edits now stand on the new revision (see `rebase`), then they are sent again.
   */
  onConflict?(): Promise<boolean>;
}

/**
 * Saves changed fields within a second of the last keystroke: one save in flight at a time,
 * later edits queue behind it, failures keep the edits (in memory and in the pending journal)
 * and retry with backoff. "Saved" is shown only after the back end confirms durable storage.
 */
export function useAutosave({ client, articleId, rev, onSaved, onConflict }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const pending = useRef<Partial<ArticleFields>>({});
  const revRef = useRef(rev);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  /** Set after an error a retry cannot fix (conflict, invalid data): wait for the user. */
  const blocked = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const onConflictRef = useRef(onConflict);
  onConflictRef.current = onConflict;
  /** Set by a CONFLICT answer: the article is followed once the failed save is over. */
  const conflicted = useRef(false);
  /** Conflicts followed in a row: a store that keeps moving under every save stops after a few. */
  const conflictsInRow = useRef(0);

  const schedule = useCallback((delay: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      await inFlight.current;
      if (Object.keys(pending.current).length === 0) return;
    }
    const changes = pending.current;
    if (Object.keys(changes).length === 0) return;
    blocked.current = false;
    pending.current = {};
    setState({ kind: 'saving' });
    const run = (async () => {
      const result = await client.call('articles.save', { id: articleId, baseRev: revRef.current, changes });
      if (result.ok) {
        failures.current = 0;
        conflictsInRow.current = 0;
        revRef.current = result.value.rev;
        onSavedRef.current(result.value, changes);
        if (Object.keys(pending.current).length === 0) {
          clearPending(window.localStorage, articleId);
          setState({ kind: 'saved', at: result.value.updatedAt });
        } else {
          writePending(window.localStorage, articleId, { baseRev: revRef.current, changes: pending.current });
        }
        return;
      }
      // Keep what failed, under anything typed since.
      pending.current = { ...changes, ...pending.current };
      writePending(window.localStorage, articleId, { baseRev: revRef.current, changes: pending.current });
      if (result.error.code === 'CONFLICT' && onConflictRef.current) {
        conflicted.current = true; // followed below, once this save no longer counts as in flight
        return;
      }
      const retryable = !['CONFLICT', 'INVALID_ARGUMENT', 'NOT_FOUND', 'DAMAGED'].includes(result.error.code);
      const retryInMs = retryable ? Math.min(MAX_RETRY_MS, 1000 * 2 ** failures.current++) : null;
      blocked.current = !retryable;
      setState({ kind: 'error', code: result.error.code, message: result.error.message, retryInMs });
      if (retryInMs !== null) schedule(retryInMs, () => void flush());
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
    if (conflicted.current) {
      conflicted.current = false;
      const followed = conflictsInRow.current++ < 3 && (await onConflictRef.current!().catch(() => false));
      if (!followed) {
        blocked.current = true;
        setState({ kind: 'error', code: 'CONFLICT', message: 'The article was changed elsewhere and could not be reread.', retryInMs: null });
        return;
      }
      return flush();
    }
    if (Object.keys(pending.current).length > 0 && !timer.current && !blocked.current) schedule(AUTOSAVE_DELAY_MS, () => void flush());
  }, [client, articleId, schedule]);

  const change = useCallback(
    (patch: Partial<ArticleFields>) => {
      pending.current = { ...pending.current, ...patch };
      setState((s) => (s.kind === 'error' ? s : { kind: 'dirty' }));
      schedule(AUTOSAVE_DELAY_MS, () => {
        writePending(window.localStorage, articleId, { baseRev: revRef.current, changes: pending.current });
        void flush();
      });
    },
    [articleId, flush, schedule],
  );

  // Leaving the article or the window: save what is pending right away.
  useEffect(() => {
    const beforeUnload = () => {
      if (Object.keys(pending.current).length > 0) {
        writePending(window.localStorage, articleId, { baseRev: revRef.current, changes: pending.current });
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      beforeUnload();
      void flush();
    };
  }, [articleId, flush]);

  /**
   * The edits now stand on stored revision `rev`: `next` replaces what waits to be saved (the
   * person's changes over that revision). Only while no save is in flight (see `idle`).
   */
  const rebase = useCallback(
    (rev: number, next: Partial<ArticleFields>) => {
      revRef.current = rev;
      pending.current = next;
      if (Object.keys(next).length === 0) {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        clearPending(window.localStorage, articleId);
        setState((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: null }));
        return;
      }
      writePending(window.localStorage, articleId, { baseRev: rev, changes: next });
      setState((s) => (s.kind === 'error' ? s : { kind: 'dirty' }));
      schedule(AUTOSAVE_DELAY_MS, () => void flush());
    },
    [articleId, flush, schedule],
  );

  return {
    state,
    change,
    flush,
    rebase,
    rev: () => revRef.current,
    idle: () => inFlight.current === null,
    hasPending: () => Object.keys(pending.current).length > 0 || inFlight.current !== null,
  };
}
