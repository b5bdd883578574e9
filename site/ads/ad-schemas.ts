import { adSlotSchema, campaignSchema } from '../../core/ads/index';

/** Kinds of ad documents the API stores, and core's schema for each. */
export const AD_DOCUMENT_SCHEMAS = {
  slots: adSlotSchema,
  campaigns: campaignSchema,
} as const;
export type AdDocumentKind = keyof typeof AD_DOCUMENT_SCHEMAS;
export const AD_DOCUMENT_KINDS = Object.keys(AD_DOCUMENT_SCHEMAS) as AdDocumentKind[];
