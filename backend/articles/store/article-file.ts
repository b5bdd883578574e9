import type { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, articleSchema, type Article } from '../../../core/article/article';
import { migrateArticleFile } from './migrations/run-migrations';

/** What one article file holds on disk. */
export interface ArticleFileContents {
  schemaVersion: typeof ARTICLE_SCHEMA_VERSION;
  article: Article;
}

/** An article file made sense of: the article (migrated when needed) or why it is unusable. */
export type DecodedArticleFile =
  | { ok: true; article: Article; migratedFrom: number | null }
  | { ok: false; reason: string };

/** The first few zod issues in one line: "headline: must be a single line; tags.0: tag is empty". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'article'}: ${i.message}`)
    .join('; ');
}

/** Migrates and validates the parsed contents of `<id>.json`. */
export function decodeArticleFile(raw: unknown, expectedId: string): DecodedArticleFile {
  const migrated = migrateArticleFile(raw);
  if (migrated.kind === 'unusable') return { ok: false, reason: migrated.reason };
  const parsed = articleSchema.safeParse(migrated.article);
  if (!parsed.success) return { ok: false, reason: `not a valid article: ${describeIssues(parsed.error)}` };
  if (parsed.data.id !== expectedId) return { ok: false, reason: `the file's article id "${parsed.data.id}" does not match its file name` };
  return { ok: true, article: parsed.data, migratedFrom: migrated.kind === 'migrated' ? migrated.from : null };
}

export const encodeArticleFile = (article: Article): ArticleFileContents => ({ schemaVersion: ARTICLE_SCHEMA_VERSION, article });
