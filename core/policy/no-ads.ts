import type { Policy } from './types';

/** An article switched to "No ads" carries no ad at all. */
export const checkNoAdsRespected: Policy = (result, article) =>
  article.noAds && result.placements.length > 0
    ? [
        {
          code: 'NO_ADS_VIOLATED',
          severity: 'error',
          message: {
            de: `Der Artikel ist auf „Keine Werbung“ gestellt, enthält aber ${result.placements.length} Anzeige(n).`,
            en: `The article is set to "No ads" but carries ${result.placements.length} ad(s).`,
          },
        },
      ]
    : [];
