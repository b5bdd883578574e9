import { z } from 'zod';
import {
  articleFieldsSchema,
  articleSchema,
  articleSummarySchema,
  idSchema,
  languageSchema,
  tagSchema,
} from '../article/article';
import type { ErrorCode } from './result';

/** One call between UI and back end: its arguments, its result and the errors it may return. */
export interface CallSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
  errors: readonly ErrorCode[];
  /** One line for the README's contract table and for error messages. */
  doc: string;
}

const call = <A extends z.ZodType, R extends z.ZodType>(spec: CallSpec<A, R>) => spec;
const none = z.object({}).strict();

export const uiLanguageSchema = z.enum(['system', 'de', 'en']);
export const settingsSchema = z.object({
  uiLanguage: uiLanguageSchema,
  siteTimeZone: z.string().min(1).max(64),
  defaultLanguage: languageSchema,
  profile: z.object({ name: z.string().max(100), role: z.enum(['editor', 'reviewer', 'publisher']) }),
});
export type Settings = z.infer<typeof settingsSchema>;

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
    sort: z.enum(['updated-desc', 'updated-asc', 'relevance']).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * Changed fields of a save. The slug may arrive as the editor typed it ("Mein Slug"); the
 * back end turns it into a valid, unique slug, so a half-typed slug never fails a save.
 */
export const articleChangesSchema = articleFieldsSchema
  .extend({ slug: z.string().max(200).refine((s) => !/[\r\n]/.test(s), 'must be a single line') })
  .partial()
  .strict();

export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;

/**
 * Every call between the UI and the back end. The Electron registrar, the preload bridge,
 * the web shell's HTTP routes and the renderer's client are all generated from this table:
 * adding a call means adding one entry here and one handler in electron/main/services.
 */
export const contract = {
  'app.info': call({
    doc: 'Version, host kind and language hints for the UI.',
    args: none,
    result: z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      dataDir: z.string(),
      forcedLanguage: languageSchema.nullable(),
      systemLanguage: z.string(),
    }),
    errors: [],
  }),
  'settings.get': call({ doc: 'The user settings.', args: none, result: settingsSchema, errors: ['STORAGE_FAILED'] }),
  'settings.update': call({
    doc: 'Changes some settings and returns all of them.',
    args: settingsSchema.partial().strict(),
    result: settingsSchema,
    errors: ['INVALID_ARGUMENT', 'STORAGE_FAILED'],
  }),
  'articles.list': call({
    doc: 'Lists articles: full-text search, tag and section filter, sort by updated date.',
    args: listQuerySchema,
    result: z.object({ items: z.array(articleSummarySchema), total: z.number().int() }),
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
    result: z.object({ rev: z.number().int(), updatedAt: z.string(), slug: z.string() }),
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'CONFLICT', 'DAMAGED', 'STORAGE_FAILED'],
  }),
  'articles.delete': call({
    doc: 'Moves an article to the trash folder of the data directory.',
    args: z.object({ id: idSchema }).strict(),
    result: z.object({ id: idSchema }),
    errors: ['NOT_FOUND', 'STORAGE_FAILED'],
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
    errors: ['INVALID_ARGUMENT', 'NOT_FOUND', 'STORAGE_FAILED'],
  }),
  'tags.merge': call({
    doc: 'Replaces several tags by one in every article.',
    args: z.object({ sources: z.array(tagSchema).min(1).max(50), into: tagSchema }).strict(),
    result: z.object({ changed: z.number().int() }),
    errors: ['INVALID_ARGUMENT', 'STORAGE_FAILED'],
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
  'shell.openExternal': call({
    doc: 'Opens an http(s) or mailto link in the system browser.',
    args: z.object({ url: z.string().max(2048) }).strict(),
    result: z.object({ opened: z.boolean() }),
    errors: ['INVALID_ARGUMENT'],
  }),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallArgs<N extends CallName> = z.input<Contract[N]['args']>;
export type CallResult<N extends CallName> = z.output<Contract[N]['result']>;
export const CALL_NAMES = Object.keys(contract) as CallName[];

export const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(contract, name);
