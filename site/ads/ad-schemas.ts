import { adSettingsSchema, adSlotSchema, campaignSchema } from '../../core/ads/index';

/** Kinds of ad documents the API stores, and core's schema for each. */
export const AD_DOCUMENT_SCHEMAS = {
  slots: adSlotSchema,
  campaigns: campaignSchema,
  settings: adSettingsSchema,
} as const;
export type AdDocumentKind = keyof typeof AD_DOCUMENT_SCHEMAS;
/** Kinds with many documents, each with its own id (settings is one document). */
export const AD_LIST_KINDS = ['slots', 'campaigns'] as const;
/** The id of the one settings document. */
export const AD_SETTINGS_ID = 'default';
