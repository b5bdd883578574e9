import { z } from 'zod';
import { slotOverrideSchema } from '../ads/model';
import { statusHistoryEntrySchema } from '../workflow/history';
import { scheduleSchema } from '../workflow/schedule';
import { idSchema, isoDateTimeSchema, languageSchema, statusSchema, tagKey, type Language } from './primitives';
import { BODY_SCHEMA_VERSION, bodyDocSchema, emptyBody } from './body-schema';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slug';

/** Version of the article file format on disk; the store migrates older files up to it. */
export const ARTICLE_SCHEMA_VERSION = 3 as const;

export * from './primitives';

/** A tag as the editor types it: trimmed, no commas, no control characters. */
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'tag is empty')
  .max(60, 'tag is longer than 60 characters')
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
  section: singleLine(80),
  headline: singleLine(300),
  teaser: z.string().max(2000),
  author: singleLine(200),
  leadImage: leadImageSchema,
  body: bodyDocSchema,
  tags: z.array(tagSchema).max(50),
  source: z.string().max(500),
  slug: slugSchema,
  seo: z.object({ title: singleLine(200), description: z.string().max(500) }),
  noAds: z.boolean(),
  /** Per-article changes to the inventory (switch a slot off, move it). */
  adOverrides: z.array(slotOverrideSchema).max(30),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

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

export function newArticleFields(language: Language = 'de', section = ''): ArticleFields {
  return {
    language,
    section,
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


/** Removes duplicate tags (case-insensitive), keeping the first spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
