import { z } from 'zod';
import { isSafeImageSrc } from '../article/links';
import { isoDateTimeSchema } from '../article/primitives';

/** Standard IAB sizes the inventory offers; any other "WxH" is a custom size. */
export const STANDARD_AD_SIZES = ['728x90', '300x250', '320x50', '970x250'] as const;

/** An ad size as "WIDTHxHEIGHT" in CSS pixels, e.g. "300x250". */
export const adSizeSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,3}x[1-9][0-9]{0,3}$/, 'size must look like 300x250');
export type AdSize = z.infer<typeof adSizeSchema>;

/** Width and height of a size string; 0 x 0 when it is not a valid size. */
export function parseAdSize(size: string): { width: number; height: number } {
  const m = /^([1-9][0-9]{0,3})x([1-9][0-9]{0,3})$/.exec(size);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 0, height: 0 };
}

/** Where an inventory slot goes when the rules (not the editor) place it. */
export const slotPositionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('top') }),
  z.object({ kind: z.literal('afterParagraph'), paragraph: z.number().int().min(1).max(500) }),
  z.object({ kind: z.literal('everyParagraphs'), paragraphs: z.number().int().min(1).max(500) }),
  z.object({ kind: z.literal('everyWords'), words: z.number().int().min(50).max(100_000) }),
  z.object({ kind: z.literal('end') }),
  z.object({ kind: z.literal('sidebar') }),
]);
export type SlotPosition = z.infer<typeof slotPositionSchema>;

export const CAMPAIGN_CATEGORIES = ['house', 'display', 'casino', 'slots', 'poker', 'sports_betting', 'alcohol', 'political', 'other'] as const;
export const campaignCategorySchema = z.enum(CAMPAIGN_CATEGORIES);
export type CampaignCategory = z.infer<typeof campaignCategorySchema>;

/** Categories that count as gambling under the GlüStV 2021. */
export const GAMBLING_CATEGORIES: readonly CampaignCategory[] = ['casino', 'slots', 'poker', 'sports_betting'];
/** Online games that may not be advertised 06:00–21:00 (GlüStV 2021 §5 (3)); sports betting may. */
export const DAYTIME_BANNED_CATEGORIES: readonly CampaignCategory[] = ['casino', 'slots', 'poker'];

export const isGambling = (category: CampaignCategory): boolean => GAMBLING_CATEGORIES.includes(category);

const slotIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'slot id may contain only letters, digits, _ and -');

/** One slot of the site's ad inventory. */
export const adSlotSchema = z.object({
  id: slotIdSchema,
  name: z.string().min(1).max(100),
  position: slotPositionSchema,
  sizes: z.array(adSizeSchema).min(1).max(10),
  /** Label shown above the ad; empty means the site language's default ("Anzeige"). */
  label: z.string().max(40).default(''),
  enabled: z.boolean().default(true),
  /** Only these campaign categories may fill the slot; empty = any category. */
  allowedCategories: z.array(campaignCategorySchema).max(20).default([]),
});
export type AdSlot = z.infer<typeof adSlotSchema>;

/** The operator's entry on the GGL whitelist of licensed German gambling operators. */
export const licenceStatusSchema = z.enum(['licensed', 'unlicensed', 'unknown']);
export type LicenceStatus = z.infer<typeof licenceStatusSchema>;

/** Where an image creative comes from: http(s), the site's /media/<id>, or an inline image. */
const imageSrcSchema = z
  .string()
  .max(200_000)
  .refine((u) => isSafeImageSrc(u), 'must be an http(s) URL, a /media/ path or an inline image');

const httpUrlSchema = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\//i.test(u.trim()), 'must be an http(s) URL');

/** What the advertiser delivers: an image with a click-through link, or an HTML snippet. */
export const creativeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image'), imageUrl: imageSrcSchema, clickUrl: httpUrlSchema, alt: z.string().min(1).max(300) }),
  /** Shown only inside a sandboxed iframe: it never gets access to the page. */
  z.object({ kind: z.literal('html'), html: z.string().min(1).max(100_000) }),
]);
export type Creative = z.infer<typeof creativeSchema>;

/** A booked campaign: who pays, what runs, when, where, and how strongly it competes. */
export const campaignSchema = z
  .object({
    id: slotIdSchema,
    advertiser: z.string().min(1).max(200),
    category: campaignCategorySchema,
    creative: creativeSchema,
    /** Sizes the creative is available in. */
    sizes: z.array(adSizeSchema).min(1).max(10),
    flightStart: isoDateTimeSchema,
    flightEnd: isoDateTimeSchema,
    /** Empty list = every section / every tag. */
    targetSections: z.array(z.string().max(80)).max(50).default([]),
    targetTags: z.array(z.string().max(60)).max(100).default([]),
    excludedTags: z.array(z.string().max(60)).max(100).default([]),
    /** Higher priority always wins; weight shares impressions within one priority. */
    priority: z.number().int().min(0).max(100),
    weight: z.number().positive().max(1_000_000),
    /** Required for gambling categories; ignored for others. */
    licence: licenceStatusSchema.default('unknown'),
  })
  .refine((c) => Date.parse(c.flightStart) < Date.parse(c.flightEnd), 'flight must end after it starts');
export type Campaign = z.infer<typeof campaignSchema>;

/** One brand-safety rule: articles with any of these tags or sections get none of these categories. */
export const brandSafetyRuleSchema = z.object({
  id: z.string().min(1).max(64),
  tags: z.array(z.string().max(60)).max(200),
  sections: z.array(z.string().max(80)).max(50),
  excludedCategories: z.array(campaignCategorySchema).min(1),
});
export type BrandSafetyRule = z.infer<typeof brandSafetyRuleSchema>;

/** Site-wide ad rules. */
export const adSettingsSchema = z.object({
  /** Rule-placed ads keep at least this many paragraphs from any other in-body ad. */
  minParagraphsBetweenAds: z.number().int().min(0).max(50),
  /** In-body ads allowed per 1,000 words (at least one for any article with a paragraph). */
  maxAdsPer1000Words: z.number().min(0).max(20),
  brandSafety: z.array(brandSafetyRuleSchema).max(200),
  /** Better Ads Standard: ads may fill at most this share of the mobile main content. */
  maxMobileDensity: z.number().min(0).max(1),
});
export type AdSettings = z.infer<typeof adSettingsSchema>;

const RISKY_FOR_SENSITIVE: CampaignCategory[] = ['casino', 'slots', 'poker', 'sports_betting', 'alcohol'];

/** Defaults for a German news site. */
export const DEFAULT_AD_SETTINGS: AdSettings = {
  minParagraphsBetweenAds: 3,
  maxAdsPer1000Words: 3,
  maxMobileDensity: 0.3,
  brandSafety: [
    {
      id: 'addiction',
      tags: ['Sucht', 'Glücksspielsucht', 'Spielsucht', 'Alkoholsucht', 'Drogen', 'addiction', 'gambling addiction'],
      sections: [],
      excludedCategories: RISKY_FOR_SENSITIVE,
    },
    {
      id: 'tragedy',
      tags: ['Unfall', 'accident', 'Suizid', 'suicide', 'Tod', 'death', 'Todesfall', 'Trauer', 'Anschlag', 'Krieg', 'war'],
      sections: ['Nachrufe'],
      excludedCategories: [...RISKY_FOR_SENSITIVE, 'political'],
    },
    {
      id: 'children',
      tags: ['Kinder', 'children', 'Jugend', 'Jugendschutz', 'Schule', 'minors'],
      sections: ['Familie'],
      excludedCategories: RISKY_FOR_SENSITIVE,
    },
  ],
};

/** Everything a site stores about its ads: inventory, campaigns and rules. */
export const adConfigSchema = z.object({
  slots: z.array(adSlotSchema).max(100),
  campaigns: z.array(campaignSchema).max(1000),
  settings: adSettingsSchema,
});
export type AdConfig = z.infer<typeof adConfigSchema>;

/** Per-article changes to one inventory slot (switch it off, or move it). */
export const slotOverrideSchema = z.object({
  slotId: slotIdSchema,
  enabled: z.boolean().optional(),
  position: slotPositionSchema.optional(),
});
export type SlotOverride = z.infer<typeof slotOverrideSchema>;

/** The label a site shows above every ad, by site language. */
export const DEFAULT_AD_LABEL = { de: 'Anzeige', en: 'Advertisement' } as const;

/** Text in both UI languages, for reasons shown to editors. */
export interface LocalizedText {
  de: string;
  en: string;
}
