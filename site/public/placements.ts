import { adsOfArticleAt, type Placement } from '../../core/ads/index';
import { loadAdInventory } from '../ads/inventory';
import type { SiteArticle } from '../articles/site-article';
import type { SiteExecutor } from '../db/schema';

/**
 * Ads for one page view, placed at request time with the stored slots, campaigns and settings
 * through core's adsOfArticleAt (the preview's call and seed): flights and the German gambling
 * hours (Europe/Berlin) depend on `now`, so a cached placement could show a casino ad at noon.
 */
export async function placementsFor(db: SiteExecutor, article: SiteArticle, now: Date, timeZone: string): Promise<Placement[]> {
  return adsOfArticleAt(article, await loadAdInventory(db), now, timeZone).placements;
}
