import { z } from 'zod';
import { idSchema } from '../article/primitives';
import { utcInstantSchema } from '../workflow/schedule';
import { suggestionSchema } from './suggestion';

export const COMMENT_MAX_LENGTH = 5000;

/** Article fields outside the body a comment can point at. */
export const COMMENTABLE_FIELDS = ['headline', 'teaser', 'section', 'author', 'leadImage', 'tags', 'source', 'slug', 'seo'] as const;

/**
 * Where a comment points: a text range of the body (ProseMirror positions, kept current by
 * mapAnchor, with the quoted text as it was when commented), a field, or an ad slot. A body
 * anchor whose text was deleted entirely is `orphaned`: it keeps its quote and sits at the
 * point where the text used to be.
 */
export const bodyAnchorSchema = z.object({
  kind: z.literal('body'),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  quote: z.string().max(COMMENT_MAX_LENGTH),
  orphaned: z.boolean().optional(),
});
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  bodyAnchorSchema,
  z.object({ kind: z.literal('field'), field: z.enum(COMMENTABLE_FIELDS) }),
  z.object({ kind: z.literal('adSlot'), slotId: z.string().min(1).max(100) }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type BodyAnchor = Extract<CommentAnchor, { kind: 'body' }>;

export const commentReplySchema = z.object({
  id: idSchema,
  author: z.string().min(1).max(200),
  createdAt: utcInstantSchema,
  text: z.string().min(1).max(COMMENT_MAX_LENGTH),
});
export type CommentReply = z.infer<typeof commentReplySchema>;

/**
 * A comment with its replies; resolving hides it from the open list without losing it. With
 * `suggestion` the thread is a suggested change of its body range (core/comments/suggestion).
 */
export const commentThreadSchema = z.object({
  id: idSchema,
  anchor: commentAnchorSchema,
  author: z.string().min(1).max(200),
  createdAt: utcInstantSchema,
  text: z.string().min(1).max(COMMENT_MAX_LENGTH),
  replies: z.array(commentReplySchema),
  resolved: z.object({ by: z.string().min(1).max(200), at: utcInstantSchema }).nullable(),
  suggestion: suggestionSchema.optional(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** Who writes what, when: the common input of a new thread or reply. */
export interface CommentInput {
  id: string;
  author: string;
  text: string;
  now: Date;
}

/** A new, open thread. Throws on an empty text or an empty/reversed body range. */
export function createThread(anchor: CommentAnchor, input: CommentInput): CommentThread {
  if (anchor.kind === 'body' && anchor.to <= anchor.from) throw new RangeError('A body comment needs a non-empty range.');
  return commentThreadSchema.parse({
    id: input.id,
    anchor,
    author: input.author,
    createdAt: input.now.toISOString(),
    text: input.text.trim(),
    replies: [],
    resolved: null,
  });
}

/**
 * The thread with one more reply. Replying to a resolved thread reopens it: the discussion
 * goes on; an accepted or rejected suggestion stays settled (its change was decided).
 */
export function addReply(thread: CommentThread, input: CommentInput): CommentThread {
  const reply = commentReplySchema.parse({ id: input.id, author: input.author, createdAt: input.now.toISOString(), text: input.text.trim() });
  return { ...thread, replies: [...thread.replies, reply], resolved: thread.suggestion?.outcome ? thread.resolved : null };
}

/** The thread marked resolved by `by` at `now`. */
export function resolveThread(thread: CommentThread, by: string, now: Date): CommentThread {
  return { ...thread, resolved: { by, at: now.toISOString() } };
}

/** The thread open again. */
export function reopenThread(thread: CommentThread): CommentThread {
  return { ...thread, resolved: null };
}

/** Open threads, oldest first, as the comment sidebar lists them. */
export function openThreads(threads: readonly CommentThread[]): CommentThread[] {
  return threads.filter((t) => t.resolved === null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
