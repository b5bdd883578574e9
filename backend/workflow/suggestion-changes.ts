import { createSuggestion, isSuggestion, reviseSuggestion, settleSuggestion, type SuggestionOutcome } from '../../core/comments/suggestion';
import type { SuggestionChange } from '../../core/comments/suggestion-change';
import type { CommentThread } from '../../core/comments/thread';
import { AppError } from '../../core/contract/result';

/**
 * A suggestion by `author` in an article's threads: new under its id, or revised while its
 * author keeps typing; someone else's, a comment's id or a settled suggestion is refused.
 */
export function suggestIn(threads: readonly CommentThread[], threadId: string, change: SuggestionChange, author: string, now: Date): { threads: CommentThread[]; thread: CommentThread } {
  const existing = threads.find((t) => t.id === threadId);
  if (existing && (!isSuggestion(existing) || existing.author !== author)) throw new AppError('FORBIDDEN', 'Only its author changes a suggestion.');
  const { anchor, insert, before } = change;
  let thread: CommentThread;
  try {
    thread = existing && isSuggestion(existing) ? reviseSuggestion(existing, anchor, insert, before) : createSuggestion(anchor, { id: threadId, author, now, insert, ...(before ? { before } : {}) });
  } catch (err) {
    throw new AppError(existing?.resolved ? 'CONFLICT' : 'INVALID_ARGUMENT', err instanceof Error ? err.message : String(err));
  }
  return { threads: existing ? threads.map((t) => (t.id === threadId ? thread : t)) : [...threads, thread], thread };
}

/** The suggestion accepted or rejected; a comment or an already settled suggestion is refused. */
export function settleIn(thread: CommentThread, outcome: SuggestionOutcome, by: string, now: Date): CommentThread {
  if (!isSuggestion(thread)) throw new AppError('INVALID_ARGUMENT', `Comment ${thread.id} is not a suggestion.`);
  if (thread.resolved) throw new AppError('CONFLICT', 'This suggestion was already settled.');
  return settleSuggestion(thread, outcome, by, now);
}

/** Comments are resolved; suggestions are accepted or rejected instead. */
export function notSuggestion(thread: CommentThread): CommentThread {
  if (thread.suggestion) throw new AppError('CONFLICT', 'A suggestion is accepted or rejected, not resolved.');
  return thread;
}
