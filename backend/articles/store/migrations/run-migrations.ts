import { ARTICLE_SCHEMA_VERSION } from '../../../../core/article/article';
import { migration001 } from './001-tags-list-seo-noads';
import { migration002 } from './002-ad-overrides-schedule-history';
import type { ArticleMigration, RawArticle } from './migration';

/** Every migration in order; entry i lifts version i + 1 to i + 2. Add new ones at the end. */
export const ARTICLE_MIGRATIONS: readonly ArticleMigration[] = [migration001, migration002];

/** What the runner made of one article file's contents. */
export type MigrationOutcome =
  | { kind: 'current'; article: RawArticle }
  | { kind: 'migrated'; article: RawArticle; from: number }
  | { kind: 'unusable'; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings the `{ schemaVersion, article }` envelope of an article file up to `target`. A file from a
 * newer version is left alone and reported unusable, because rewriting it would drop what this
 * app does not know.
 */
export function migrateArticleFile(
  file: unknown,
  target: number = ARTICLE_SCHEMA_VERSION,
  migrations: readonly ArticleMigration[] = ARTICLE_MIGRATIONS,
): MigrationOutcome {
  if (!isObject(file) || !isObject(file.article)) return { kind: 'unusable', reason: 'not an article file (no "article" object)' };
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unusable', reason: 'not an article file (no valid "schemaVersion")' };
  }
  if (version > target) {
    return { kind: 'unusable', reason: `written by a newer Copydesk (file format ${version}, this version reads up to ${target}); update Copydesk to open it` };
  }
  let article = file.article;
  for (let v = version; v < target; v++) {
    const step = migrations[v - 1];
    if (!step || step.from !== v) return { kind: 'unusable', reason: `no migration from file format ${v}` };
    article = step.up(article);
  }
  return version === target ? { kind: 'current', article } : { kind: 'migrated', article, from: version };
}
