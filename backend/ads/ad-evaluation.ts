import type { AdConfig } from '../../core/ads/model';
import { placeAds } from '../../core/ads/placement';
import type { PlacementResult } from '../../core/ads/placement-types';
import type { Article } from '../../core/article/article';
import { runPolicies } from '../../core/policy/run-policies';
import type { MeasuredDensity, PolicyFinding } from '../../core/policy/types';

/** The ads an article gets at one moment, what was left out, and what the policies say about it. */
export interface ArticleAdEvaluation extends PlacementResult {
  findings: PolicyFinding[];
}

/**
 * The seed of an article's placement: the same on the site and in the preview, so a reviewer
 * sees the campaigns the readers of that revision will see.
 */
export const placementSeed = (article: Pick<Article, 'id' | 'rev'>): string => `${article.id}:${article.rev}`;

/**
 * Places the ads of `article` as the site would at `at` (flights, German gambling hours) and runs
 * every ad policy on the result. `measured` is the ad density measured in a real 375 px layout;
 * without it the policies estimate it. Approval can be blocked on findings of severity "error".
 */
export function evaluateArticleAds(article: Article, adConfig: AdConfig, at: Date, timeZone: string, measured?: MeasuredDensity): ArticleAdEvaluation {
  const result = placeAds({
    article,
    slots: adConfig.slots,
    campaigns: adConfig.campaigns,
    settings: adConfig.settings,
    now: at,
    seed: placementSeed(article),
    timeZone,
    overrides: article.adOverrides,
  });
  const findings = runPolicies(result, article, { settings: adConfig.settings, now: at, ...(measured ? { measuredDensity: measured } : {}) });
  return { ...result, findings };
}
