import { z } from 'zod';
import { articleFieldsSchema, articleSchema, isoDateTimeSchema } from '../../core/article/article';
import { earliestGoLive, scheduleSchema, type Schedule } from '../../core/workflow/index';

/** The editor fields as they went live, with the revision and time they did (the seed of the public page's ads). */
export const liveVersionSchema = z.object({ rev: z.number().int().nonnegative(), at: isoDateTimeSchema, fields: articleFieldsSchema });
export type LiveVersion = z.infer<typeof liveVersionSchema>;

/**
 * The article as the site stores it: core's Article (whose `rev` is the site revision, bumped
 * on every stored change, and whose fields are the working copy) with a schedule that is always
 * an object ({} when none is set), the time it went live, who changed it last, when it was
 * deleted, and, while published, the live version (never part of an API answer: see apiArticle).
 */
export const siteArticleSchema = articleSchema.extend({
  schedule: scheduleSchema,
  publishedAt: isoDateTimeSchema.nullable(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
  deletedAt: isoDateTimeSchema.nullable().optional(),
  live: liveVersionSchema.optional(),
});
export type SiteArticle = z.infer<typeof siteArticleSchema>;

/** The time a scheduled article may go live (publishAt or the embargo's end, whichever is later), UTC ISO. */
export function effectivePublishAt(schedule: Schedule): string | null {
  const t = earliestGoLive(schedule);
  return t === undefined ? null : new Date(t).toISOString();
}

/**
 * Whether the public may see an article at `now`. Status alone is not enough: an embargo or
 * expiry the scheduler has not applied yet must still hide it, and so does a deletion.
 */
export function isPublic(article: Pick<SiteArticle, 'status' | 'schedule' | 'deletedAt'>, now: Date): boolean {
  if (article.status !== 'published' || article.deletedAt) return false;
  const t = now.getTime();
  const { embargoUntil, expireAt } = article.schedule;
  if (embargoUntil && Date.parse(embargoUntil) > t) return false;
  if (expireAt && Date.parse(expireAt) <= t) return false;
  return true;
}

/**
 * The schedule with every time in `toISOString` form. The database compares times as text,
 * and "…00Z" and "…00.000Z" do not sort alike.
 */
export function normalizeSchedule(schedule: Schedule): Schedule {
  const out: Schedule = {};
  if (schedule.publishAt !== undefined) out.publishAt = new Date(schedule.publishAt).toISOString();
  if (schedule.embargoUntil !== undefined) out.embargoUntil = new Date(schedule.embargoUntil).toISOString();
  if (schedule.expireAt !== undefined) out.expireAt = new Date(schedule.expireAt).toISOString();
  return out;
}
