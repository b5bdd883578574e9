import { z } from 'zod';
import { articleFieldsSchema, articleSchema, articleSummarySchema, idSchema, languageSchema, statusSchema, tagSchema } from '../../article/article';
import { call, noArgs as none } from '../call-spec';

export const damagedFileSchema = z.object({
  id: z.string(),
  file: z.string(),
  reason: z.string(),
  hasBackup: z.boolean(),
});

export const listQuerySchema = z
  .object({
    query: z.string().max(200).optional(),
    tag: z.string().max(60).optional(),
    section: z.string().max(80).optional(),
    status: statusSchema.optional(),
    sort: z.enum(['updated-desc', 'updated-asc', 'relevance']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuerySchema>;

/** Text with the [start, end) offsets of the words a search matched: marked by the UI, never HTML. */
export const markedTextSchema = z.object({ text: z.string(), ranges: z.array(z.tuple([z.number().int(), z.number().int()])) });
export type MarkedText = z.infer<typeof markedTextSchema>;

/** Why one listed article matched a search: marks in its headline and a snippet of teaser or body. */
export const listMatchSchema = z.object({ id: idSchema, headline: markedTextSchema.shape.ranges, snippet: markedTextSchema.nullable() });
export type ListMatch = z.infer<typeof listMatchSchema>;

/** The full-text index: answering, being rebuilt (meanwhile headline, teaser and tags are searched), or not loadable. */
export const searchIndexStatusSchema = z.object({ state: z.enum(['ready', 'rebuilding', 'unavailable']), done: z.number().int(), total: z.number().int() });
export type SearchIndexStatus = z.infer<typeof searchIndexStatusSchema>;

export const listPageSchema = z.object({
  items: z.array(articleSummarySchema),
  /** Every article matching the filters, of which `items` is the page from `offset`. */
  total: z.number().int(),
  /** A ranked search counted only so far past the page: `total` is a lower bound. */
  more: z.literal(true).optional(),
  matches: z.array(listMatchSchema).optional(),
  searchIndex: searchIndexStatusSchema.optional(),
});
export type ListPage = z.infer<typeof listPageSchema>;

/**
 * Changed fields of a save. The slug may arrive as the editor typed it ("Mein Slug"); the
 * back end turns it into a valid, unique slug, so a half-typed slug never fails a save.
 */
export const articleChangesSchema = articleFieldsSchema
  .extend({ slug: z.string().max(200).refine((s) => !/[\r\n]/.test(s), 'must be a single line') })
  .partial()
  .strict();

export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;

/** Writing articles: list, read, create, autosave, tags, sections and images. */
export const articleCalls = {
  'articles.list': call({
    doc: 'One page of the article list: full-text search, tag, section and status filters, sort; with the total and the search marks.',
    args: listQuerySchema,
    result: listPageSchema,
    errors: ['INVALID_ARGUMENT'],
  }),
  'articles.get': call({
    doc: 'One whole article.',
    args: z.object({ id: idSchema }).strict(),
    result: articleSchema,
    errors: ['NOT_FOUND', 'DAMAGED'],
  }),
  'articles.create': call({
    doc: 'Creates an empty draft.',
    args: z.object({ language: languageSchema.optional(), section: z.string().max(80).optional() }).strict(),
    result: articleSchema,
    errors: ['STORAGE_FAILED'],
  }),
  'articles.save': call({
    doc: 'Stores changed fields durably; resolves only after the bytes are on disk.',
    args: z.object({ id: idSchema, baseRev: z.number().int().nonnegative(), changes: articleChangesSchema }).strict(),
    /** `status` tells the editor when the save moved the article (an approved one goes back to review). */
    result: z.object({ rev: z.number().int(), updatedAt: z.string(), slug: z.string(), status: statusSchema.optional() }),
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'CONFLICT', 'DAMAGED', 'STORAGE_FAILED', 'FORBIDDEN'],
  }),
  'articles.delete': call({
    doc: 'Moves an article to the trash (restorable; synced: deleted on the site too). A live or scheduled article must be taken down first.',
    args: z.object({ id: idSchema }).strict(),
    result: z.object({ id: idSchema }),
    errors: ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'articles.damaged': call({
    doc: 'Files that failed to parse, kept on disk.',
    args: none,
    result: z.array(damagedFileSchema),
    errors: [],
  }),
  'articles.restoreBackup': call({
    doc: 'Replaces a damaged article with its last good copy; the damaged file is kept aside.',
    args: z.object({ id: idSchema }).strict(),
    result: articleSchema,
    errors: ['NOT_FOUND', 'STORAGE_FAILED'],
  }),
  'tags.list': call({
    doc: 'All tags with the number of articles carrying them.',
    args: none,
    result: z.array(z.object({ name: z.string(), count: z.number().int() })),
    errors: [],
  }),
  'tags.rename': call({
    doc: 'Renames a tag in every article.',
    args: z.object({ from: tagSchema, to: tagSchema }).strict(),
    result: z.object({ changed: z.number().int() }),
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'tags.merge': call({
    doc: 'Replaces several tags by one in every article.',
    args: z.object({ sources: z.array(tagSchema).min(1).max(50), into: tagSchema }).strict(),
    result: z.object({ changed: z.number().int() }),
    errors: ['INVALID_ARGUMENT', 'FORBIDDEN', 'STORAGE_FAILED'],
  }),
  'sections.list': call({ doc: 'Sections used by articles.', args: none, result: z.array(z.string()), errors: [] }),
  'media.put': call({
    doc: 'Stores an image; its type is sniffed from the bytes, not the name.',
    args: z
      .object({
        fileName: z.string().max(255),
        dataBase64: z.string().max(Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 4),
      })
      .strict(),
    result: z.object({ id: z.string(), mime: z.string(), bytes: z.number().int() }),
    errors: ['UNSUPPORTED_MEDIA', 'TOO_LARGE', 'STORAGE_FAILED'],
  }),
} as const;
