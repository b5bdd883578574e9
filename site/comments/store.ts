import type { CommentThread } from '../../core/comments/thread';
import { nextChangeSeq } from '../db/change-seq';
import type { SqlEngine } from '../db/dialect';
import type { SiteExecutor } from '../db/schema';

/** A stored thread: the thread itself, its article, and the account that opened it. */
export interface StoredThread {
  articleId: string;
  authorId: string;
  thread: CommentThread;
}

const fromRow = (row: { article_id: string; author_id: string; doc: string }): StoredThread => ({
  articleId: row.article_id,
  authorId: row.author_id,
  thread: JSON.parse(row.doc) as CommentThread,
});

/** One thread by id (locked until the transaction ends on PostgreSQL), or null. */
export async function getThread(trx: SiteExecutor, id: string, engine: SqlEngine): Promise<StoredThread | null> {
  let query = trx.selectFrom('site_comment_threads').select(['article_id', 'author_id', 'doc']).where('id', '=', id);
  if (engine === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Stores a new thread at the next feed position. */
export async function insertThread(trx: SiteExecutor, stored: StoredThread, now: Date): Promise<void> {
  const { articleId, authorId, thread } = stored;
  const change_seq = await nextChangeSeq(trx);
  await trx
    .insertInto('site_comment_threads')
    .values({ id: thread.id, article_id: articleId, author_id: authorId, change_seq, updated_at: now.toISOString(), doc: JSON.stringify(thread) })
    .execute();
}

/** Stores a changed thread (a reply, a resolution) at the next feed position. */
export async function updateThread(trx: SiteExecutor, thread: CommentThread, now: Date): Promise<void> {
  const change_seq = await nextChangeSeq(trx);
  await trx.updateTable('site_comment_threads').set({ change_seq, updated_at: now.toISOString(), doc: JSON.stringify(thread) }).where('id', '=', thread.id).execute();
}

/** Who wrote a reply and in which thread, or null for a new reply id. */
export async function getReplyOwner(trx: SiteExecutor, id: string): Promise<{ threadId: string; authorId: string } | null> {
  const row = await trx.selectFrom('site_comment_replies').select(['thread_id', 'author_id']).where('id', '=', id).executeTakeFirst();
  return row ? { threadId: row.thread_id, authorId: row.author_id } : null;
}

/** Records who wrote a reply (its text lives in the thread). */
export async function insertReplyOwner(trx: SiteExecutor, reply: { id: string; threadId: string; authorId: string }, now: Date): Promise<void> {
  await trx.insertInto('site_comment_replies').values({ id: reply.id, thread_id: reply.threadId, author_id: reply.authorId, created_at: now.toISOString() }).execute();
}

/** The threads of an article, oldest first. */
export async function listThreads(db: SiteExecutor, articleId: string): Promise<CommentThread[]> {
  const rows = await db.selectFrom('site_comment_threads').select(['article_id', 'author_id', 'doc']).where('article_id', '=', articleId).orderBy('change_seq').execute();
  return rows.map((row) => fromRow(row).thread).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Threads changed after `cursor`, oldest change first, with their feed positions. */
export async function threadsChangedSince(db: SiteExecutor, cursor: number, limit: number) {
  const rows = await db.selectFrom('site_comment_threads').select(['article_id', 'author_id', 'doc', 'change_seq']).where('change_seq', '>', cursor).orderBy('change_seq').limit(limit).execute();
  return rows.map((row) => ({ seq: Number(row.change_seq), item: { articleId: row.article_id, thread: fromRow(row).thread } }));
}
