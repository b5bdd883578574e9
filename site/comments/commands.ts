import { addReply, createThread, reopenThread, resolveThread, type CommentAnchor, type CommentThread } from '../../core/comments/thread';
import { AppError } from '../../core/contract/result';
import { getArticle } from '../articles/store';
import type { WriteContext } from '../articles/write-context';
import { getReplyOwner, getThread, insertReplyOwner, insertThread, updateThread, type StoredThread } from './store';

const taken = (what: string) => new AppError('CONFLICT', `This ${what} id is taken by another comment; pick a new id.`);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function threadOf(ctx: WriteContext, articleId: string, threadId: string): Promise<StoredThread> {
  const stored = await getThread(ctx.trx, threadId, ctx.engine);
  if (!stored || stored.articleId !== articleId) throw new AppError('NOT_FOUND', `There is no comment thread ${threadId} on article ${articleId}.`);
  return stored;
}

/**
 * Opens a thread by the signed-in account (any role) on an existing article. The client picks
 * the id: the same id, author and content again is a replay (the thread as it is now), anything
 * else under a taken id is 409.
 */
export async function openThread(ctx: WriteContext, articleId: string, input: { id: string; anchor: CommentAnchor; text: string }): Promise<CommentThread> {
  if (!(await getArticle(ctx.trx, articleId))) throw new AppError('NOT_FOUND', `There is no article with id ${articleId}.`);
  const existing = await getThread(ctx.trx, input.id, ctx.engine);
  if (existing) {
    const same = existing.articleId === articleId && existing.authorId === ctx.user.id && existing.thread.text === input.text.trim() && sameJson(existing.thread.anchor, input.anchor);
    if (!same) throw taken('thread');
    return existing.thread;
  }
  let thread: CommentThread;
  try {
    thread = createThread(input.anchor, { id: input.id, author: ctx.user.name, text: input.text, now: ctx.now });
  } catch (err) {
    throw new AppError('INVALID_ARGUMENT', err instanceof Error ? err.message : 'Invalid comment.');
  }
  await insertThread(ctx.trx, { articleId, authorId: ctx.user.id, thread }, ctx.now);
  return thread;
}

/** Adds a reply by the signed-in account (reopening a resolved thread); a retried reply is a replay. */
export async function replyToThread(ctx: WriteContext, articleId: string, threadId: string, input: { id: string; text: string }): Promise<CommentThread> {
  const stored = await threadOf(ctx, articleId, threadId);
  const owner = await getReplyOwner(ctx.trx, input.id);
  if (owner) {
    const earlier = stored.thread.replies.find((r) => r.id === input.id);
    if (owner.threadId !== threadId || owner.authorId !== ctx.user.id || earlier?.text !== input.text.trim()) throw taken('reply');
    return stored.thread;
  }
  const thread = addReply(stored.thread, { id: input.id, author: ctx.user.name, text: input.text, now: ctx.now });
  await insertReplyOwner(ctx.trx, { id: input.id, threadId, authorId: ctx.user.id }, ctx.now);
  await updateThread(ctx.trx, thread, ctx.now);
  return thread;
}

/** Resolves (by the signed-in account's name) or reopens a thread; asking for its current state changes nothing. */
export async function setThreadResolved(ctx: WriteContext, articleId: string, threadId: string, resolved: boolean): Promise<CommentThread> {
  const stored = await threadOf(ctx, articleId, threadId);
  if ((stored.thread.resolved !== null) === resolved) return stored.thread;
  if (stored.thread.suggestion) throw new AppError('CONFLICT', 'A suggestion is accepted or rejected, not resolved.');
  const thread = resolved ? resolveThread(stored.thread, ctx.user.name, ctx.now) : reopenThread(stored.thread);
  await updateThread(ctx.trx, thread, ctx.now);
  return thread;
}
