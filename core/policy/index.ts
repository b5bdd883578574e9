/** Ad policy checks: each returns findings as data, with a code, a severity and de/en reasons. */
export * from './types';
export { checkAdLabels } from './ad-label';
export { checkAdSpacing } from './ad-spacing';
export { checkBrandSafety } from './brand-safety';
export { checkGamblingRules } from './gambling';
export { checkMobileDensity, densityPercentOf, estimateMobileDensity, mobileDensityPercent, estimateAdHeight, estimateBlockHeight, MOBILE_VIEWPORT_PX } from './mobile-density';
export type { DensityEstimate } from './mobile-density';
export { checkNoAdsRespected } from './no-ads';
export { runPolicies, passesPolicies, POLICIES } from './run-policies';
