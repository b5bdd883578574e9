/** Ads: inventory and campaign model, sample data and the deterministic placement engine. */
export * from './model';
export * from './placement-types';
export { placeAds, maxBodyAds } from './placement';
export { SAMPLE_SLOTS, SAMPLE_CAMPAIGNS, SAMPLE_AD_CONFIG } from './samples';
export { brandSafetyConflict } from './brand-safety';
export { isGamblingBanHour, isBannedAt, lacksGermanLicence, berlinClock, GAMBLING_TIME_ZONE } from './gambling-rules';
export { adsOfArticleAt, placementSeed, type PlacedArticle } from './article-ads';
