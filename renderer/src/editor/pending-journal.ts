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

/**
 * The edits left unconfirmed for the article, rebased onto `currentRev`. They are the person's
 * typing, so they stay even when the stored article moved on meanwhile (sync took a colleague's
 * change before the reload): shown and saved over it, like typing after that change would be.
 * Only an unreadable journal is dropped.
 */
export function readPending(storage: Storage, id: string, currentRev: number): PendingEdits | null {
  const raw = storage.getItem(key(id));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as PendingEdits;
    if (parsed.changes && typeof parsed.changes === 'object' && Object.keys(parsed.changes).length > 0) return { baseRev: currentRev, changes: parsed.changes };
  } catch {
    // unreadable: fall through and drop it
  }
  clearPending(storage, id);
  return null;
}
