import type { SiteExecutor } from '../db/schema';

/** The footer shows the year: a page is at most good until the next new year (UTC, as rendered). */
export const nextNewYear = (now: Date): number => Date.UTC(now.getUTCFullYear() + 1, 0, 1);

const firstAfter = async (db: SiteExecutor, column: 'embargo_until' | 'expire_at', nowIso: string): Promise<number> => {
  const row = await db
    .selectFrom('site_articles')
    .select((eb) => eb.fn.min(column).as('next'))
    .where('status', '=', 'published')
    .where('deleted_at', 'is', null)
    .where(column, '>', nowIso)
    .executeTakeFirst();
  return row?.next ? Date.parse(String(row.next)) : Infinity;
};

/**
 * Until when a list page (front, tag) stays right with time alone: the next embargo to lift or
 * expiry to pass among published articles (any tag: a bound earlier than needed only costs a
 * render), or the new year.
 */
export async function listValidUntil(db: SiteExecutor, now: Date): Promise<number> {
  const iso = now.toISOString();
  const [embargo, expiry] = await Promise.all([firstAfter(db, 'embargo_until', iso), firstAfter(db, 'expire_at', iso)]);
  return Math.min(embargo, expiry, nextNewYear(now));
}
