import type { Article } from '../article/article';
import type { AdSettings, LocalizedText } from '../ads/model';
import type { PlacementResult } from '../ads/placement-types';

export type PolicySeverity = 'error' | 'warning' | 'info';

/** One problem a policy found, as data the UI can list, filter and translate. */
export interface PolicyFinding {
  /** Stable machine code, e.g. "GAMBLING_HOURS". */
  code: string;
  severity: PolicySeverity;
  message: LocalizedText;
  slotId?: string;
  campaignId?: string;
  blockIndex?: number;
}

export interface PolicyContext {
  settings: AdSettings;
  /** The time the page is (or will be) shown. */
  now: Date;
}

/** The article fields the policies look at. */
export type PolicyArticle = Pick<Article, 'body' | 'tags' | 'section' | 'noAds' | 'headline' | 'teaser' | 'author' | 'leadImage' | 'source'>;

/** A policy: a pure check of a placement result for one article. */
export type Policy = (result: PlacementResult, article: PolicyArticle, ctx: PolicyContext) => PolicyFinding[];
