import type { Article } from '../article/article';
import type { AdConfig } from './model';
import type { PolicyArticle } from '../policy/types';
import { fitMobileDensity, type FittedPlacement } from './density-fit';
import { placeAds } from './placement';

/** What the placement of an article depends on, besides the inventory and the instant (its page's text decides the density). */
export type PlacedArticle = Pick<Article, 'id' | 'rev' | 'body' | 'tags' | 'section' | 'language' | 'noAds' | 'adOverrides'> & PolicyArticle;

/**
 * The seed of an article's placement. Revision numbers differ per machine (each app counts its
 * own saves, the site its own), so the seed is the article's id alone: the same article gets
 * the same campaigns in every reviewer's preview, in the checklist and on the public page.
 */
export const placementSeed = (article: Pick<Article, 'id'>): string => article.id;

/**
 * The ads of this article at this instant: THE call that the preview, the back end (preview
 * evaluation, checklist) and the site all make, with the configured settings, so the three
 * can never place differently. `at` decides flights and the German gambling hours. Ads that
 * would take the phone page over the density limit are dropped here, lowest priority first,
 * with the reason among the skipped (see fitMobileDensity).
 */
export function adsOfArticleAt(article: PlacedArticle, config: AdConfig, at: Date, timeZone: string): FittedPlacement {
  const placed = placeAds({
    article,
    slots: config.slots,
    campaigns: config.campaigns,
    settings: config.settings,
    now: at,
    seed: placementSeed(article),
    timeZone,
    overrides: article.adOverrides,
  });
  return fitMobileDensity(article, placed, config.settings.maxMobileDensity);
}
