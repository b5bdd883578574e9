import type { AdConfig } from '../../core/ads/model';
import type { Article } from '../../core/article/article';
import type { SlugLookup } from '../../core/article/slug';
import type { ChecklistItem } from '../../core/checklist/items';
import { runChecklist } from '../../core/checklist/run';
import type { Localized } from '../../core/time/localized';
import { evaluateArticleAds } from '../../core/policy/evaluate-article-ads';
import { earliestGoLive } from '../../core/workflow/schedule';

/** When the checklist judges the ads: the time the article goes live, or now when it has no schedule. */
export function goLiveTime(article: Pick<Article, 'schedule'>, now: Date): Date {
  const at = article.schedule ? earliestGoLive(article.schedule) : undefined;
  return at !== undefined && at > now.getTime() ? new Date(at) : now;
}

/** An ad policy finding in both UI languages. */
export interface LocalizedFinding {
  severity: 'error' | 'warning';
  message: Localized;
}

/** The ad policy findings (errors and warnings) of the article's page at `at`. */
export function policyFindingsAt(article: Article, config: AdConfig, at: Date, timeZone: string): LocalizedFinding[] {
  return evaluateArticleAds(article, config, at, timeZone)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => ({ severity: f.severity as 'error' | 'warning', message: { de: f.message.de, en: f.message.en } }));
}

/** The checklist with each message wholly in its language (findings included). */
export function localizedChecklist(article: Article, otherSlugs: SlugLookup, findings: readonly LocalizedFinding[]): ChecklistItem[] {
  const run = (lang: 'de' | 'en') => runChecklist(article, { otherSlugs, policyFindings: findings.map((f) => ({ severity: f.severity, message: f.message[lang] })) });
  const de = run('de');
  return run('en').map((item, i) => ({ ...item, message: { de: de[i]!.message.de, en: item.message.en } }));
}
