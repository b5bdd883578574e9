import { z } from 'zod';
import { articleSchema, isoDateTimeSchema } from '../article/article';
import { idSchema } from '../article/primitives';
import { commentAnchorSchema, commentThreadSchema, COMMENT_MAX_LENGTH } from '../comments/thread';
import { scheduleSchema } from '../workflow/schedule';
import { roleSchema } from '../workflow/roles';

/** A person on the site: the account an app signs in as (GET /me). */
export const siteAccountSchema = z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(100), role: roleSchema });
export type SiteAccount = z.infer<typeof siteAccountSchema>;

/**
 * An article as the reference site's API answers it: core's Article with a schedule object.
 * For staff the fields are the working copy (a live article's pending update included: see
 * `pendingUpdate`); `updatedBy` names who made the last change; `deletedAt` is set while the
 * article is deleted (it then exists only for staff and in the changes feed, until restored).
 */
export const siteApiArticleSchema = articleSchema.extend({
  schedule: scheduleSchema,
  publishedAt: isoDateTimeSchema.nullable().optional(),
  updatedBy: z.object({ id: z.string().max(100), name: z.string().max(100) }).nullable().optional(),
  deletedAt: isoDateTimeSchema.nullable().optional(),
});
export type SiteApiArticle = z.infer<typeof siteApiArticleSchema>;

/** A comment thread on the site, at its current state (replies and resolution included). */
export const siteThreadSchema = z.object({ articleId: idSchema, thread: commentThreadSchema });
export type SiteThread = z.infer<typeof siteThreadSchema>;

/** The kinds of ad inventory documents the site keeps; `settings` has the one id `default`. */
export const SITE_AD_KINDS = ['slots', 'campaigns', 'settings'] as const;
export const siteAdKindSchema = z.enum(SITE_AD_KINDS);
export type SiteAdKind = z.infer<typeof siteAdKindSchema>;
/** One changed inventory document; `doc` null means it was deleted. Checked by its kind's schema where it is used. */
export const siteAdItemSchema = z.object({ kind: siteAdKindSchema, id: z.string().min(1).max(100), doc: z.unknown().nullable() });
export type SiteAdItem = z.infer<typeof siteAdItemSchema>;

/** Someone has an article open for editing, until `until` (a heartbeat renews it). */
export const sitePresenceSchema = z.object({ articleId: idSchema, userId: z.string().max(100), name: z.string().max(100), until: isoDateTimeSchema });
export type SitePresence = z.infer<typeof sitePresenceSchema>;

export const siteArticleAnswerSchema = z.object({ article: siteApiArticleSchema });
/**
 * GET /changes: everything changed after the cursor, in one feed (one counter orders articles,
 * threads and inventory), plus who is editing what right now. Older sites answer articles only.
 */
export const siteChangesAnswerSchema = z.object({
  articles: z.array(siteApiArticleSchema),
  threads: z.array(siteThreadSchema).default([]),
  ads: z.array(siteAdItemSchema).default([]),
  presence: z.array(sitePresenceSchema).default([]),
  cursor: z.union([z.number(), z.string()]),
  more: z.boolean(),
  /** Changes after this page's cursor (a joining app shows "n of total"); absent from older sites. */
  remaining: z.number().int().nonnegative().optional(),
});
export type SiteChangesAnswer = z.infer<typeof siteChangesAnswerSchema>;
export const siteMediaAnswerSchema = z.object({ media: z.object({ id: z.string(), url: z.string() }) });
/** GET /me. `id` is absent on sites older than accounts with display names. */
export const siteMeAnswerSchema = z.object({ user: siteAccountSchema.extend({ id: z.string().max(100).optional() }) });
export const siteThreadAnswerSchema = z.object({ thread: commentThreadSchema });
export const siteErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const commentText = z.string().trim().min(1).max(COMMENT_MAX_LENGTH);
/** POST /articles/{id}/comments: the client picks the thread id, so a retry is recognised. */
export const siteCommentCreateSchema = z.object({ id: idSchema, anchor: commentAnchorSchema, text: commentText }).strict();
/** POST /articles/{id}/comments/{threadId}/replies. */
export const siteCommentReplySchema = z.object({ id: idSchema, text: commentText }).strict();
/** POST /articles/{id}/comments/{threadId}/resolve. */
export const siteCommentResolveSchema = z.object({ resolved: z.boolean() }).strict();
/** PUT /articles/{id}/presence. */
export const sitePresenceBodySchema = z.object({ editing: z.boolean() }).strict();
