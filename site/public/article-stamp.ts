import type { SiteExecutor } from '../db/schema';
import { publicAt } from '../articles/public-queries';

/** Which article is public under `slug` and at which site revision (every stored change counts one up), or null. */
export async function articleStamp(db: SiteExecutor, slug: string, now: Date): Promise<{ id: string; rev: number } | null> {
  const row = await db.selectFrom('site_articles').select(['id', 'rev']).where('live_slug', '=', slug).where(publicAt(now.toISOString())).executeTakeFirst();
  return row ? { id: row.id, rev: Number(row.rev) } : null;
}

/** The newest change of the ad inventory (a deletion leaves a tombstone at a new position, so it counts too). */
export async function adInventoryVersion(db: SiteExecutor): Promise<number> {
  const row = await db.selectFrom('site_ad_documents').select((eb) => eb.fn.max('change_seq').as('v')).executeTakeFirst();
  return Number(row?.v ?? 0);
}
