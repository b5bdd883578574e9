import { adsOfArticleAt, type Placement } from '../../core/ads/index';
import { placementValidUntil } from '../ads/placement-valid-until';
import { loadAdInventory } from '../ads/inventory';
import type { SiteArticle } from '../articles/site-article';
import type { SiteExecutor } from '../db/schema';

/**
 * Ads for one page view, placed at `now` with the stored slots, campaigns and settings through
 * core's adsOfArticleAt (the preview's call and seed), and until when that placement holds:
 * flights and the German gambling hours (Europe/Berlin) depend on the time, so a page cached
 * past `validUntil` could show a casino ad at noon.
 */
export async function placementsFor(db: SiteExecutor, article: SiteArticle, now: Date, timeZone: string): Promise<{ placements: Placement[]; validUntil: number }> {
  const inventory = await loadAdInventory(db);
  return { placements: adsOfArticleAt(article, inventory, now, timeZone).placements, validUntil: placementValidUntil(inventory, now) };
}
