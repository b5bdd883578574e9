import type { z } from 'zod';
import { articleSchema, isoDateTimeSchema } from '../../core/article/article';
import { earliestGoLive, scheduleSchema, type Schedule } from '../../core/workflow/index';

/**
 * The article as the site stores it: core's Article (whose `rev` is the site revision, bumped
 * on every stored change) with a schedule that is always an object ({} when none is set), plus
 * the time it went live.
 */
export const siteArticleSchema = articleSchema.extend({
  schedule: scheduleSchema,
  publishedAt: isoDateTimeSchema.nullable(),
});
export type SiteArticle = z.infer<typeof siteArticleSchema>;

/** The time a scheduled article may go live (publishAt or the embargo's end, whichever is later), UTC ISO. */
export function effectivePublishAt(schedule: Schedule): string | null {
  const t = earliestGoLive(schedule);
  return t === undefined ? null : new Date(t).toISOString();
}

/**
 * Whether the public may see an article at `now`. Status alone is not enough: an embargo or
 * expiry the scheduler has not applied yet must still hide it.
 */
export function isPublic(article: Pick<SiteArticle, 'status' | 'schedule'>, now: Date): boolean {
  if (article.status !== 'published') return false;
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
