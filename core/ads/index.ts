/** Ads: inventory and campaign model, sample data and the deterministic placement engine. */
export * from './model';
export * from './placement-types';
export { placeAds } from './placement';
export { SAMPLE_SLOTS, SAMPLE_CAMPAIGNS } from './samples';
