import type { AdConfig } from '../../../core/ads/model';
import { placeAds } from '../../../core/ads/placement';
import type { Article } from '../../../core/article/article';
import type { PolicyFinding } from '../../../core/checklist/items';
import { runPolicies } from '../../../core/policy/run-policies';
import { earliestGoLive } from '../../../core/workflow/schedule';

/** When the checklist judges the ads: the time the article goes live, or now when it has no schedule. */
export function goLiveTime(article: Pick<Article, 'schedule'>, now: Date): Date {
  const at = article.schedule ? earliestGoLive(article.schedule) : undefined;
  return at !== undefined && at > now.getTime() ? new Date(at) : now;
}

/** The ad policy findings of the article's page at `at`, as the checklist reads them. */
export function policyFindingsAt(article: Article, config: AdConfig, at: Date, timeZone: string, language: 'de' | 'en' = 'en'): PolicyFinding[] {
  const placement = placeAds({
    article,
    slots: config.slots,
    campaigns: config.campaigns,
    settings: config.settings,
    now: at,
    seed: article.id,
    timeZone,
    overrides: article.adOverrides,
  });
  return runPolicies(placement, article, { settings: config.settings, now: at })
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ severity: f.severity as 'error' | 'warning', message: f.message[language] }));
}
