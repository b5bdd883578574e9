import { z } from 'zod';
import { adConfigSchema, adSettingsSchema, adSlotSchema, campaignSchema, SKIP_CODES } from '../../ads/index';
import { articleFieldsSchema, idSchema, isoDateTimeSchema } from '../../article/article';
import { call, noArgs as none } from '../call-spec';

const localizedSchema = z.object({ de: z.string(), en: z.string() });
const configIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');

/** One placed ad, as core/ads Placement. */
export const placementSchema = z.object({
  slotId: z.string(),
  position: z.object({ kind: z.enum(['top', 'afterBlock', 'end', 'sidebar']), blockIndex: z.number().int().optional() }),
  source: z.enum(['manual', 'rule']),
  size: z.string(),
  label: z.string(),
  campaign: campaignSchema.nullable(),
  reasons: z.array(z.string()),
});

/** Something the placement engine left out, as core/ads Skipped. */
export const skippedSchema = z.object({
  code: z.enum(SKIP_CODES),
  slotId: z.string().nullable(),
  campaignId: z.string().nullable(),
  blockIndex: z.number().int().optional(),
  message: localizedSchema,
});

/** A policy finding, as core/policy PolicyFinding. */
export const policyFindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: localizedSchema,
  slotId: z.string().optional(),
  campaignId: z.string().optional(),
  blockIndex: z.number().int().optional(),
});

export const adEvaluationSchema = z.object({
  placements: z.array(placementSchema),
  skipped: z.array(skippedSchema),
  findings: z.array(policyFindingSchema),
});
export type AdEvaluation = z.infer<typeof adEvaluationSchema>;

/** Ad inventory, campaigns, settings and the preview's placement/policy result (issue: preview with ad slots). */
export const adCalls = {
  'ads.config.get': call({
    doc: 'The ad inventory, campaigns and placement settings.',
    args: none,
    result: adConfigSchema,
    errors: ['STORAGE_FAILED'],
  }),
  'ads.slots.save': call({
    doc: 'Adds an ad slot or replaces the one with the same id; returns the whole configuration.',
    args: z.object({ slot: adSlotSchema }).strict(),
    result: adConfigSchema,
    errors: ['INVALID_ARGUMENT', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'ads.slots.delete': call({
    doc: 'Removes an ad slot; returns the whole configuration.',
    args: z.object({ id: configIdSchema }).strict(),
    result: adConfigSchema,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'ads.campaigns.save': call({
    doc: 'Adds a campaign or replaces the one with the same id; gambling categories need a licence status.',
    args: z.object({ campaign: campaignSchema }).strict(),
    result: adConfigSchema,
    errors: ['INVALID_ARGUMENT', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'ads.campaigns.delete': call({
    doc: 'Removes a campaign; returns the whole configuration.',
    args: z.object({ id: configIdSchema }).strict(),
    result: adConfigSchema,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'ads.settings.save': call({
    doc: 'Replaces the site-wide ad rules (spacing, ads per 1,000 words, brand safety, mobile density).',
    args: z.object({ settings: adSettingsSchema }).strict(),
    result: adConfigSchema,
    errors: ['INVALID_ARGUMENT', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'preview.evaluate': call({
    doc: 'Places the ads of an article (or of its unsaved draft) at a given time and runs the ad policies on the result.',
    args: z
      .object({
        id: idSchema,
        /** When the page is shown (UTC); now when absent. */
        at: isoDateTimeSchema.optional(),
        /** The live draft, so an unsaved article can be checked. */
        fields: articleFieldsSchema.optional(),
      })
      .strict(),
    result: adEvaluationSchema,
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'DAMAGED'],
  }),
} as const;
