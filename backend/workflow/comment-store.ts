import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/contract/result';
import {
  addReply,
  commentThreadSchema,
  createThread,
  reopenThread,
  resolveThread,
  type CommentAnchor,
  type CommentThread,
} from '../../core/comments/thread';
import type { SuggestionOutcome } from '../../core/comments/suggestion';
import type { SuggestionChange } from '../../core/comments/suggestion-change';
import { createPerArticleDocs } from '../storage/per-article-docs';
import { mergeSiteThreads, placeAnchors } from '../team/thread-merge';
import type { BodyDoc } from '../../core/article/body-schema';
import { notSuggestion, settleIn, suggestIn } from './suggestion-changes';

const commentsFileSchema = z.object({ version: z.literal(1), threads: z.array(commentThreadSchema) });

/** Review comments (and suggestions) of each article in <dataDir>/comments/<id>.json. */
export function createCommentStore(dataDir: string, now: () => Date) {
  const docs = createPerArticleDocs(dataDir, 'comments', commentsFileSchema, () => ({ version: 1 as const, threads: [] }), now);

  const changeThread = (id: string, threadId: string, change: (t: CommentThread) => CommentThread) =>
    docs.update(id, (file) => {
      const thread = file.threads.find((t) => t.id === threadId);
      if (!thread) throw new AppError('NOT_FOUND', `There is no comment ${threadId}.`);
      const changed = change(thread);
      return { next: { ...file, threads: file.threads.map((t) => (t.id === threadId ? changed : t)) }, result: changed };
    });

  return {
    list: async (id: string) => [...(await docs.read(id)).threads].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    add: (id: string, anchor: CommentAnchor, author: string, text: string) =>
      docs.update(id, (file) => {
        let thread: CommentThread;
        try {
          thread = createThread(anchor, { id: randomUUID(), author, text, now: now() });
        } catch (err) {
          throw new AppError('INVALID_ARGUMENT', err instanceof Error ? err.message : String(err));
        }
        return { next: { ...file, threads: [...file.threads, thread] }, result: thread };
      }),
    reply: (id: string, threadId: string, author: string, text: string) =>
      changeThread(id, threadId, (t) => addReply(t, { id: randomUUID(), author, text, now: now() })),
    resolve: (id: string, threadId: string, by: string) => changeThread(id, threadId, (t) => resolveThread(notSuggestion(t), by, now())),
    reopen: (id: string, threadId: string) => changeThread(id, threadId, (t) => reopenThread(notSuggestion(t))),
    /** A suggestion by `author`, new or revised (see suggestIn). */
    suggest: (id: string, threadId: string, change: SuggestionChange, author: string) =>
      docs.update(id, (file) => {
        const { threads, thread } = suggestIn(file.threads, threadId, change, author, now());
        return { next: { ...file, threads }, result: thread };
      }),
    /** Accepts or rejects a suggestion (the body change itself is a normal edit of the article). */
    settle: (id: string, threadId: string, outcome: SuggestionOutcome, by: string) => changeThread(id, threadId, (t) => settleIn(t, outcome, by, now())),
    /** Stores anchors the editor mapped through its edits; unknown threads are ignored. */
    remap: (id: string, anchors: ReadonlyArray<{ threadId: string; anchor: CommentAnchor }>) =>
      docs.update(id, (file) => {
        const byId = new Map(anchors.map((a) => [a.threadId, a.anchor]));
        const threads = file.threads.map((t) => {
          const anchor = byId.get(t.id);
          return anchor && t.anchor.kind === 'body' && anchor.kind === 'body' ? { ...t, anchor } : t;
        });
        return { next: { ...file, threads }, result: threads };
      }),
    /**
     * Takes the site's threads of an article in (see mergeSiteThreads), their body anchors
     * placed by quote in `body` (the article here); resolves with what is new here.
     */
    applySite: (id: string, site: readonly CommentThread[], body: BodyDoc | null) =>
      docs.update(id, (file) => {
        const merged = mergeSiteThreads(file.threads, site);
        const threads = body ? placeAnchors(merged.threads, body, new Set(site.map((t) => t.id))) : merged.threads;
        return { next: { ...file, threads }, result: merged };
      }),
    /** Places every body anchor by its quote in `body` (the body changed on another machine). */
    placeAnchors: (id: string, body: BodyDoc) =>
      docs.update(id, (file) => {
        if (!file.threads.some((t) => t.anchor.kind === 'body')) return { next: file, result: file.threads };
        const threads = placeAnchors(file.threads, body);
        return { next: { ...file, threads }, result: threads };
      }),
    idle: () => docs.idle(),
  };
}

export type CommentStore = ReturnType<typeof createCommentStore>;
