import { createSuggestion, isSuggestion, reviseSuggestion, settleSuggestion, type SuggestionOutcome } from '../../core/comments/suggestion';
import type { SuggestionChange } from '../../core/comments/suggestion-change';
import type { CommentThread } from '../../core/comments/thread';
import { AppError } from '../../core/contract/result';
import { getArticle } from '../articles/store';
import type { WriteContext } from '../articles/write-context';
import { getThread, insertThread, updateThread } from './store';

const invalid = (err: unknown) => new AppError('INVALID_ARGUMENT', err instanceof Error ? err.message : 'Invalid suggestion.');

/**
 * Stores a suggestion by the signed-in account (any role: reviewers suggest instead of
 * editing): new under the client's id, or the same author's open suggestion revised as they
 * keep typing. Sending the same state again changes nothing (a replay). The body is untouched.
 */
export async function saveSuggestion(ctx: WriteContext, articleId: string, threadId: string, change: SuggestionChange): Promise<CommentThread> {
  if (!(await getArticle(ctx.trx, articleId))) throw new AppError('NOT_FOUND', `There is no article with id ${articleId}.`);
  const existing = await getThread(ctx.trx, threadId, ctx.engine);
  if (!existing) {
    let thread: CommentThread;
    try {
      thread = createSuggestion(change.anchor, { id: threadId, author: ctx.user.name, now: ctx.now, insert: change.insert, ...(change.before ? { before: change.before } : {}) });
    } catch (err) {
      throw invalid(err);
    }
    await insertThread(ctx.trx, { articleId, authorId: ctx.user.id, thread }, ctx.now);
    return thread;
  }
  if (existing.articleId !== articleId || !isSuggestion(existing.thread)) throw new AppError('CONFLICT', 'This id is taken by another comment; pick a new id.');
  if (existing.authorId !== ctx.user.id) throw new AppError('FORBIDDEN', 'Only its author changes a suggestion.');
  if (existing.thread.resolved) throw new AppError('CONFLICT', 'This suggestion was already accepted or rejected.');
  let thread: CommentThread;
  try {
    thread = reviseSuggestion(existing.thread, change.anchor, change.insert, change.before);
  } catch (err) {
    throw invalid(err);
  }
  if (JSON.stringify(thread) === JSON.stringify(existing.thread)) return thread;
  await updateThread(ctx.trx, thread, ctx.now);
  return thread;
}

/**
 * Accepts or rejects a suggestion. Accepting is the editors' and publishers' (a reviewer
 * gets 403); rejecting too, or the author withdrawing their own. Asking for the outcome it
 * already has is a replay; the other outcome after settling is 409.
 */
export async function settle(ctx: WriteContext, articleId: string, threadId: string, outcome: SuggestionOutcome): Promise<CommentThread> {
  const stored = await getThread(ctx.trx, threadId, ctx.engine);
  if (!stored || stored.articleId !== articleId || !isSuggestion(stored.thread)) throw new AppError('NOT_FOUND', `There is no suggestion ${threadId} on article ${articleId}.`);
  const mayDecide = ctx.user.role !== 'reviewer' || (outcome === 'rejected' && stored.authorId === ctx.user.id);
  if (!mayDecide) throw new AppError('FORBIDDEN', outcome === 'accepted' ? 'A reviewer cannot accept suggestions.' : 'A reviewer can only withdraw their own suggestions.');
  const current = stored.thread.suggestion.outcome;
  if (current === outcome) return stored.thread;
  if (current) throw new AppError('CONFLICT', `This suggestion was already ${current}.`);
  const thread = settleSuggestion(stored.thread, outcome, ctx.user.name, ctx.now);
  await updateThread(ctx.trx, thread, ctx.now);
  return thread;
}
