import { adsOfArticleAt, DEFAULT_AD_SETTINGS, type Placement } from '../../core/ads/index';
import { loadAdInventory } from '../ads/inventory';
import type { SiteArticle } from '../articles/site-article';
import type { SiteExecutor } from '../db/schema';

/**
 * Ads for one page view, placed at request time: flights and the German gambling hours
 * (Europe/Berlin) depend on `now`, so a cached placement could show a casino ad at noon.
 */
export async function placementsFor(db: SiteExecutor, article: SiteArticle, now: Date, timeZone: string): Promise<Placement[]> {
  const { slots, campaigns } = await loadAdInventory(db);
  // The site keeps no placement settings of its own yet: the defaults stand in for them.
  return adsOfArticleAt(article, { slots, campaigns, settings: DEFAULT_AD_SETTINGS }, now, timeZone).placements;
}
