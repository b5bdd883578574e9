import { z } from 'zod';
import { articleSchema, isoDateTimeSchema, statusSchema } from '../../core/article/article';

/** When an article goes live, may go live at the earliest, and comes down again (UTC ISO times). */
export const siteScheduleSchema = z
  .object({
    publishAt: isoDateTimeSchema.nullable(),
    embargoUntil: isoDateTimeSchema.nullable(),
    expireAt: isoDateTimeSchema.nullable(),
  })
  .strict();
export type SiteSchedule = z.infer<typeof siteScheduleSchema>;

export const EMPTY_SCHEDULE: SiteSchedule = { publishAt: null, embargoUntil: null, expireAt: null };

/** One status change, kept on the article for the audit trail. */
export const statusChangeSchema = z.object({
  at: isoDateTimeSchema,
  by: z.string(),
  action: z.string(),
  from: statusSchema,
  to: statusSchema,
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/**
 * The article as the site stores it: core's Article (whose `rev` is the site revision, bumped
 * on every stored change) plus the schedule, the status history and the time it went live.
 */
export const siteArticleSchema = articleSchema.extend({
  schedule: siteScheduleSchema,
  history: z.array(statusChangeSchema),
  publishedAt: isoDateTimeSchema.nullable(),
});
export type SiteArticle = z.infer<typeof siteArticleSchema>;

/** The time a scheduled article may go live: the later of publishAt and the embargo. */
export function effectivePublishAt(schedule: SiteSchedule): string | null {
  if (!schedule.publishAt) return null;
  const { publishAt, embargoUntil } = schedule;
  return embargoUntil && Date.parse(embargoUntil) > Date.parse(publishAt) ? embargoUntil : publishAt;
}

/**
 * Whether the public may see an article at `now`. Status alone is not enough: an embargo or
 * expiry that has not been applied yet (scheduler lag) must still hide it.
 */
export function isPublic(article: Pick<SiteArticle, 'status' | 'schedule'>, now: Date): boolean {
  if (article.status !== 'published') return false;
  const t = now.getTime();
  const { embargoUntil, expireAt } = article.schedule;
  if (embargoUntil && Date.parse(embargoUntil) > t) return false;
  if (expireAt && Date.parse(expireAt) <= t) return false;
  return true;
}

/** Normalizes any ISO time with offset to the UTC `toISOString` form stored in the database. */
export const toUtcIso = (iso: string): string => new Date(iso).toISOString();
