import { z } from 'zod';
import { idSchema } from '../article/primitives';
import { suggestionChangeSchema, suggestionSettleSchema } from '../comments/suggestion-change';
import { commentAnchorSchema, COMMENT_MAX_LENGTH } from '../comments/thread';
import { transitionRequestSchema } from '../workflow/request';
import { actorSchema } from '../workflow/roles';
import { siteAdKindSchema } from './reference-site-api';

const text = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);
const action = transitionRequestSchema.omit({ id: true, baseRev: true });

/**
 * Something a person did that travels to the site as itself, never as a content write: a
 * status action, a comment, a reply, a resolution, a suggestion or its outcome, an inventory edit, a deletion. Queued
 * offline like an edit, sent in order, idempotent on retry (the queued op's id is the key).
 */
export const teamOpSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('action'), articleId: idSchema, request: action }),
  z.object({ kind: z.literal('comment.add'), articleId: idSchema, threadId: idSchema, anchor: commentAnchorSchema, text }),
  z.object({ kind: z.literal('comment.reply'), articleId: idSchema, threadId: idSchema, replyId: idSchema, text }),
  z.object({ kind: z.literal('comment.resolve'), articleId: idSchema, threadId: idSchema, resolved: z.boolean() }),
  z.object({ kind: z.literal('suggestion.save'), articleId: idSchema, threadId: idSchema, change: suggestionChangeSchema }),
  z.object({ kind: z.literal('suggestion.settle'), articleId: idSchema, threadId: idSchema, outcome: suggestionSettleSchema.shape.outcome }),
  z.object({ kind: z.literal('ad.put'), adKind: siteAdKindSchema, adId: z.string().min(1).max(100), doc: z.unknown() }),
  z.object({ kind: z.literal('ad.delete'), adKind: siteAdKindSchema, adId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('article.delete'), articleId: idSchema }),
  z.object({ kind: z.literal('article.restore'), articleId: idSchema }),
]);
export type TeamOp = z.infer<typeof teamOpSchema>;

/** An op in the outbox: its id (the Idempotency-Key), when and by whom it was taken. */
export const queuedTeamOpSchema = z.object({ id: idSchema, op: teamOpSchema, createdAt: z.string(), by: actorSchema });
export type QueuedTeamOp = z.infer<typeof queuedTeamOpSchema>;
