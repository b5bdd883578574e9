import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, articleSchema } from '../../../../../../core/article/article';
import { ARTICLE_MIGRATIONS, migrateArticleFile } from '../../../../../../backend/articles/store/migrations/run-migrations';
import { FIXTURES } from '../store-test-helpers';

const fixture = async (name: string): Promise<unknown> => JSON.parse(await readFile(path.join(FIXTURES, name), 'utf8'));

describe('migrateArticleFile', () => {
  it('has one migration per version step up to the current file format', () => {
    expect(ARTICLE_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: ARTICLE_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('lifts a version-1 file through every step to a valid current article, splitting and de-duplicating the tag string', async () => {
    const outcome = migrateArticleFile(await fixture('v1/a1b2c3d4-0001.json'));
    expect(outcome.kind).toBe('migrated');
    if (outcome.kind !== 'migrated') return;
    expect(outcome.from).toBe(1);
    const article = articleSchema.parse(outcome.article);
    expect(article.tags).toEqual(['Kommunalpolitik', 'Haushalt', 'Köln']);
    expect(article.noAds).toBe(false);
    expect(article.seo).toEqual({ title: '', description: '' });
    expect(article.rev).toBe(7);
    expect(article.headline).toBe('Stadtrat beschließt neuen Haushalt');
  });

  it('turns an empty version-1 tag string into no tags', async () => {
    const outcome = migrateArticleFile(await fixture('v1/a1b2c3d4-0002.json'));
    expect(outcome.kind === 'migrated' && articleSchema.parse(outcome.article).tags).toEqual([]);
  });

  it('leaves current files as they are', () => {
    const article = { id: 'abcdef', headline: 'x' };
    expect(migrateArticleFile({ schemaVersion: ARTICLE_SCHEMA_VERSION, article })).toEqual({ kind: 'current', article });
  });

  it('refuses a file from a newer Copydesk and says so', async () => {
    const outcome = migrateArticleFile(await fixture('newer-version.json'));
    expect(outcome).toMatchObject({ kind: 'unusable', reason: expect.stringContaining('written by a newer Copydesk') });
  });

  it('refuses files without a version or article', () => {
    expect(migrateArticleFile({ article: {} }).kind).toBe('unusable');
    expect(migrateArticleFile({ schemaVersion: 2 }).kind).toBe('unusable');
    expect(migrateArticleFile([1, 2]).kind).toBe('unusable');
  });
});
