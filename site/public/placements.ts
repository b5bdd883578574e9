import { DEFAULT_AD_SETTINGS, placeAds, type Placement } from '../../core/ads/index';
import { loadAdInventory } from '../ads/inventory';
import type { SiteArticle } from '../articles/site-article';
import type { SiteExecutor } from '../db/schema';

/**
 * Ads for one page view, placed at request time: flights and the German gambling hours
 * (Europe/Berlin) depend on `now`, so a cached placement could show a casino ad at noon.
 */
export async function placementsFor(db: SiteExecutor, article: SiteArticle, now: Date, timeZone: string): Promise<Placement[]> {
  const { slots, campaigns } = await loadAdInventory(db);
  return placeAds({
    article,
    slots,
    campaigns,
    settings: DEFAULT_AD_SETTINGS,
    now,
    // Same article revision = same ads for a reviewer's preview and the live page.
    seed: `${article.id}:${article.rev}`,
    timeZone,
    overrides: article.adOverrides,
  }).placements;
}
