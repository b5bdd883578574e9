import type { ArticleFields } from '../../../core/article/article';

/**
 * Unacknowledged edits, mirrored to localStorage until the back end confirms them, so that a
 * reload or a crashed back end does not lose typing. Cleared on every acknowledged save.
 */
export interface PendingEdits {
  baseRev: number;
  changes: Partial<ArticleFields>;
}

const key = (id: string) => `copydesk.pending.${id}`;

export function writePending(storage: Storage, id: string, edits: PendingEdits): void {
  try {
    storage.setItem(key(id), JSON.stringify(edits));
  } catch {
    // Quota exceeded: the in-memory copy and the retrying save still hold the edits.
  }
}

export function clearPending(storage: Storage, id: string): void {
  storage.removeItem(key(id));
}

/** Pending edits that still apply to the stored revision; stale ones are dropped. */
export function readPending(storage: Storage, id: string, currentRev: number): PendingEdits | null {
  const raw = storage.getItem(key(id));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as PendingEdits;
    if (parsed.baseRev === currentRev && parsed.changes && typeof parsed.changes === 'object') return parsed;
  } catch {
    // unreadable: fall through and drop it
  }
  clearPending(storage, id);
  return null;
}
