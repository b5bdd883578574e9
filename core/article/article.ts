import { z } from 'zod';
import { slotOverrideSchema } from '../ads/model';
import { statusHistoryEntrySchema } from '../workflow/history';
import { scheduleSchema } from '../workflow/schedule';
import { idSchema, isoDateTimeSchema, languageSchema, statusSchema, tagKey, type Language } from './primitives';
import { BODY_SCHEMA_VERSION, bodyDocSchema, emptyBody } from './body-schema';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug';
import { LENGTH_RULES } from './length-rules';

/** Version of the article file format on disk; the store migrates older files up to it. */
export const ARTICLE_SCHEMA_VERSION = 3 as const;

export * from './primitives';

/** Longest tag and most tags per article the schema allows. */
export const TAG_MAX_LENGTH = 60;
export const TAGS_MAX_COUNT = 50;
/** Longest section name the schema allows. */
export const SECTION_MAX_LENGTH = 80;

/** A tag as the editor types it: trimmed, no commas, no control characters. */
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'tag is empty')
  .max(TAG_MAX_LENGTH, `tag is longer than ${TAG_MAX_LENGTH} characters`)
  .refine((t) => !/[,\p{Cc}]/u.test(t), 'tag contains a comma or control character');

export const slugSchema = z.string().max(SLUG_MAX_LENGTH).refine((s) => s === '' || SLUG_PATTERN.test(s), {
  message: 'slug may contain only a-z, 0-9 and single hyphens',
});

const singleLine = (max: number) => z.string().max(max).refine((s) => !/[\r\n]/.test(s), 'must be a single line');

export const leadImageSchema = z.object({
  mediaId: z.string().max(100).nullable(),
  alt: z.string().max(500),
  credit: z.string().max(300),
});
export type LeadImage = z.infer<typeof leadImageSchema>;

/** The fields an editor writes. Everything else on an article is managed by the app. */
export const articleFieldsSchema = z.object({
  language: languageSchema,
  section: singleLine(SECTION_MAX_LENGTH),
  headline: singleLine(LENGTH_RULES.headline.limit),
  teaser: z.string().max(LENGTH_RULES.teaser.limit),
  author: singleLine(200),
  leadImage: leadImageSchema,
  body: bodyDocSchema,
  tags: z.array(tagSchema).max(TAGS_MAX_COUNT),
  source: z.string().max(500),
  slug: slugSchema,
  seo: z.object({ title: singleLine(200), description: z.string().max(LENGTH_RULES.seoDescription.limit) }),
  noAds: z.boolean(),
  /** Per-article changes to the inventory (switch a slot off, move it). */
  adOverrides: z.array(slotOverrideSchema).max(30),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const CORRECTION_MAX_LENGTH = 1000;

/** One correction note printed under a live article. */
export const correctionSchema = z.object({ at: isoDateTimeSchema, note: z.string().trim().min(1).max(CORRECTION_MAX_LENGTH) });
export type Correction = z.infer<typeof correctionSchema>;

/** Who started the pending update of a live article, and when. */
export const pendingUpdateSchema = z.object({ since: isoDateTimeSchema, by: z.string().max(200) });
export type PendingUpdate = z.infer<typeof pendingUpdateSchema>;

export const articleSchema = articleFieldsSchema.extend({
  id: idSchema,
  rev: z.number().int().nonnegative(),
  bodySchema: z.literal(BODY_SCHEMA_VERSION),
  status: statusSchema,
  /** Publish, embargo and expiry times (UTC); null while none is set. */
  schedule: scheduleSchema.nullable(),
  /** Every status change with who, when and the note. */
  statusHistory: z.array(statusHistoryEntrySchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  /** Dated correction notes of a live article, oldest first ("Korrektur vom …: …", press code 3). */
  corrections: z.array(correctionSchema).max(100).optional(),
  /**
   * Set while a published article carries edits that are not live yet (they go live only with
   * the update_live action); null or absent when the live version is the current one.
   */
  pendingUpdate: pendingUpdateSchema.nullable().optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** What the article list shows: small enough to keep 10,000 of them in memory. */
export const articleSummarySchema = z.object({
  id: idSchema,
  rev: z.number().int().nonnegative(),
  headline: z.string(),
  teaser: z.string(),
  section: z.string(),
  author: z.string(),
  tags: z.array(z.string()),
  slug: z.string(),
  language: languageSchema,
  status: statusSchema,
  updatedAt: isoDateTimeSchema,
  wordCount: z.number().int().nonnegative(),
  damaged: z.object({ reason: z.string(), hasBackup: z.boolean() }).nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** An empty draft in `language` and `section` (line breaks become spaces, cut to SECTION_MAX_LENGTH): always valid. */
export function newArticleFields(language: Language = 'de', section = ''): ArticleFields {
  return {
    language,
    section: [...section.replace(/[\r\n]+/g, ' ')].slice(0, SECTION_MAX_LENGTH).join(''),
    headline: '',
    teaser: '',
    author: '',
    leadImage: { mediaId: null, alt: '', credit: '' },
    body: emptyBody(),
    tags: [],
    source: '',
    slug: '',
    seo: { title: '', description: '' },
    noAds: false,
    adOverrides: [],
  };
}


/**
 * One tag made fit for tagSchema: control characters and commas become spaces, then trimmed and
 * cut to TAG_MAX_LENGTH code points (zod counts a string's length in code points, so an emoji is
 * one character and a tag the schema accepts is never cut).
 */
function cleanTag(raw: string): string {
  const tag = raw.replace(/\p{Cc}/gu, ' ').replace(/\s*,[\s,]*/g, ' ').trim();
  const chars = [...tag];
  return chars.length <= TAG_MAX_LENGTH ? tag : chars.slice(0, TAG_MAX_LENGTH).join('').trimEnd();
}

/**
 * Tags as the schema takes them: each cleaned (control characters and commas become spaces,
 * trimmed, cut to TAG_MAX_LENGTH characters), empty ones dropped, duplicates removed case-insensitively
 * keeping the first spelling, at most TAGS_MAX_COUNT. The result always passes
 * `z.array(tagSchema).max(TAGS_MAX_COUNT)`; tags that pass already come back unchanged.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === TAGS_MAX_COUNT) break;
  }
  return out;
}
