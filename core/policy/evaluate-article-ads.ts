import type { AdConfig } from '../ads/model';
import { adsOfArticleAt } from '../ads/article-ads';
import type { PlacementResult } from '../ads/placement-types';
import type { Article } from '../article/article';
import { runPolicies } from './run-policies';
import type { PolicyFinding } from './types';

/** The ads an article gets at one moment, what was left out, and what the policies say about it. */
export interface ArticleAdEvaluation extends PlacementResult {
  findings: PolicyFinding[];
}

/**
 * Places the ads of `article` as the site would at `at` and runs every ad policy on the result,
 * with the one density figure (mobileDensityPercent). Approval is blocked on findings of severity "error".
 */
export function evaluateArticleAds(article: Article, config: AdConfig, at: Date, timeZone: string): ArticleAdEvaluation {
  const result = adsOfArticleAt(article, config, at, timeZone);
  const findings = runPolicies(result, article, { settings: config.settings, now: at });
  return { ...result, findings };
}
