import { brandSafetyConflict } from '../ads/brand-safety';
import type { Policy } from './types';

/** No campaign of a category the brand-safety table excludes for this article's tags or section. */
export const checkBrandSafety: Policy = (result, article, ctx) =>
  result.placements.flatMap((p) => {
    if (!p.campaign) return [];
    const conflict = brandSafetyConflict(article, p.campaign.category, ctx.settings.brandSafety);
    if (!conflict) return [];
    return [
      {
        code: 'BRAND_SAFETY',
        severity: 'error' as const,
        slotId: p.slotId,
        campaignId: p.campaign.id,
        message: {
          de: `„${p.campaign.advertiser}“ (${p.campaign.category}) darf nicht neben einem Artikel zu „${conflict.matched}“ stehen.`,
          en: `"${p.campaign.advertiser}" (${p.campaign.category}) may not appear next to an article about "${conflict.matched}".`,
        },
      },
    ];
  });
