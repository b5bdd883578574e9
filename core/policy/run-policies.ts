import type { PlacementResult } from '../ads/placement-types';
import { checkAdLabels } from './ad-label';
import { checkAdSpacing } from './ad-spacing';
import { checkBrandSafety } from './brand-safety';
import { checkGamblingRules } from './gambling';
import { checkMobileDensity } from './mobile-density';
import { checkNoAdsRespected } from './no-ads';
import type { Policy, PolicyArticle, PolicyContext, PolicyFinding } from './types';

/** Every policy, in the order their findings are listed. */
export const POLICIES: readonly Policy[] = [checkNoAdsRespected, checkAdLabels, checkGamblingRules, checkBrandSafety, checkMobileDensity, checkAdSpacing];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs all policies; errors first, then warnings, then notes, each group in policy order. */
export function runPolicies(result: PlacementResult, article: PolicyArticle, ctx: PolicyContext): PolicyFinding[] {
  const findings = POLICIES.flatMap((policy) => policy(result, article, ctx));
  // Array.prototype.sort is stable, so policy order survives within a severity.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Whether the findings allow the page to go live (no errors). */
export const passesPolicies = (findings: readonly PolicyFinding[]): boolean => findings.every((f) => f.severity !== 'error');
