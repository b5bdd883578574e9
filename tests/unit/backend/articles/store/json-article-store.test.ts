import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, articleSchema, idSchema } from '../../../../../core/article/article';
import type { ArticleStore } from '../../../../../backend/articles/store/article-store';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { bodyOf, expectAppError, FIXTURES, makeTempDir, removeDir, sampleFields } from './store-test-helpers';

describe('createArticleStore', () => {
  let dataDir: string;
  let store: ArticleStore;
  const articlesDir = () => path.join(dataDir, 'articles');
  const fileOf = (id: string) => path.join(articlesDir(), `${id}.json`);
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; article: Record<string, unknown> };
  const reopen = async () => {
    await store.close();
    store = createArticleStore({ dataDir });
    await store.open();
    return store;
  };

  beforeEach(async () => {
    dataDir = await makeTempDir('articles');
    store = createArticleStore({ dataDir });
    await store.open();
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dataDir);
  });

  it('creates a draft with a valid id and stores it as one versioned file', async () => {
    const created = await store.create(sampleFields());
    expect(idSchema.safeParse(created.id).success).toBe(true);
    expect(created).toMatchObject({ rev: 0, status: 'draft', headline: 'Bundestag debattiert über den Haushalt' });
    const onDisk = await readJson(fileOf(created.id));
    expect(onDisk.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION);
    expect(articleSchema.parse(onDisk.article)).toEqual(created);
    expect(await store.get(created.id)).toEqual(created);
  });

  it('saves changes, bumps rev and shows them in the list with a word count', async () => {
    const created = await store.create(sampleFields());
    const saved = await store.save(created.id, 0, { headline: 'Neue Überschrift', body: bodyOf('Eins zwei drei vier.') });
    expect(saved.rev).toBe(1);
    expect((await store.get(created.id)).headline).toBe('Neue Überschrift');
    expect(store.list()).toEqual([expect.objectContaining({ id: created.id, rev: 1, headline: 'Neue Überschrift', wordCount: 4, damaged: null })]);
  });

  it('rejects a save based on a stale revision with CONFLICT and the current rev', async () => {
    const created = await store.create(sampleFields());
    await store.save(created.id, 0, { headline: 'Erste Änderung' });
    const err = await expectAppError(store.save(created.id, 0, { headline: 'Veraltete Änderung' }), 'CONFLICT');
    expect(err.details).toEqual({ currentRev: 1 });
    expect((await store.get(created.id)).headline).toBe('Erste Änderung');
  });

  it('rejects an invalid change and keeps the stored article', async () => {
    const created = await store.create(sampleFields());
    await expectAppError(store.save(created.id, 0, { headline: 'zwei\nZeilen' }), 'INVALID_ARGUMENT');
    expect((await store.get(created.id)).rev).toBe(0);
  });

  it('ignores non-editor fields smuggled into a save', async () => {
    const created = await store.create(sampleFields());
    const sneaky = { headline: 'ok', rev: 99, status: 'published' } as unknown as Parameters<ArticleStore['save']>[2];
    const saved = await store.save(created.id, 0, sneaky);
    expect(saved).toMatchObject({ rev: 1, status: 'draft', headline: 'ok' });
  });

  it('reports a failed write as STORAGE_FAILED saying what failed, and keeps the stored article', async () => {
    const created = await store.create(sampleFields());
    // Root ignores permissions, so block the temp file's name with a folder instead.
    await mkdir(`${fileOf(created.id)}.tmp`);
    const err = await expectAppError(store.save(created.id, 0, { headline: 'Neu' }), 'STORAGE_FAILED');
    expect(err.message).toBe(`Saving article ${created.id} failed: a folder is in the way of the file (EISDIR)`);
    expect(await store.get(created.id)).toEqual(created);
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    await expectAppError(store.get('doesnotexist'), 'NOT_FOUND');
    await expectAppError(store.save('doesnotexist', 0, {}), 'NOT_FOUND');
  });

  it('replace() writes a whole article with the next rev and checks the rev it was based on', async () => {
    const created = await store.create(sampleFields());
    const replaced = await store.replace({ ...created, tags: ['Neu'], status: 'in_review' });
    expect(replaced).toMatchObject({ rev: 1, tags: ['Neu'], status: 'in_review', createdAt: created.createdAt });
    await expectAppError(store.replace({ ...created, tags: ['Alt'] }), 'CONFLICT');
  });

  it('does not write the index on the save path, but on close', async () => {
    const created = await store.create(sampleFields());
    await store.save(created.id, 0, { headline: 'Schnell gespeichert' });
    await expect(stat(path.join(dataDir, 'index.json'))).rejects.toThrow();
    await store.close();
    const index = JSON.parse(await readFile(path.join(dataDir, 'index.json'), 'utf8'));
    expect(index.entries[created.id].summary.headline).toBe('Schnell gespeichert');
  });

  it('tells listeners about saves and deletes', async () => {
    const seen: Array<[string, string | null]> = [];
    store.onChange((id, summary) => seen.push([id, summary?.headline ?? null]));
    const created = await store.create(sampleFields({ headline: 'A' }));
    await store.save(created.id, 0, { headline: 'B' });
    await store.delete(created.id);
    expect(seen).toEqual([
      [created.id, 'A'],
      [created.id, 'B'],
      [created.id, null],
    ]);
  });

  it('moves a deleted article and its backup to the trash so it does not come back', async () => {
    const created = await store.create(sampleFields());
    await store.save(created.id, 0, { headline: 'mit Backup' });
    await store.delete(created.id);
    expect(await readdir(articlesDir())).toEqual([]);
    const trash = await readdir(path.join(dataDir, 'trash'));
    expect(trash.some((f) => f.startsWith(created.id) && f.endsWith('.json'))).toBe(true);
    expect((await reopen()).list()).toEqual([]);
    await expectAppError(store.get(created.id), 'NOT_FOUND');
  });

  it('reconciles the index with files changed or removed behind its back', async () => {
    const a = await store.create(sampleFields({ headline: 'Alpha' }));
    const b = await store.create(sampleFields({ headline: 'Beta' }));
    await store.close(); // writes index.json

    const file = await readJson(fileOf(a.id));
    file.article.headline = 'Alpha (von außen geändert)';
    await writeFile(fileOf(a.id), JSON.stringify(file));
    await rm(fileOf(b.id));

    store = createArticleStore({ dataDir });
    await store.open();
    expect(store.list().map((s) => [s.id, s.headline])).toEqual([[a.id, 'Alpha (von außen geändert)']]);
  });

  it('lists unchanged files from the index without reading them', async () => {
    const a = await store.create(sampleFields({ headline: 'Aus der Datei' }));
    await store.close();
    // The file keeps its size and mtime; only a store that trusts its index shows the index's headline.
    const indexFile = path.join(dataDir, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    index.entries[a.id].summary.headline = 'Aus dem Index';
    await writeFile(indexFile, JSON.stringify(index));
    store = createArticleStore({ dataDir });
    await store.open();
    expect(store.list()[0]?.headline).toBe('Aus dem Index');
  });

  it('reports a corrupt file as damaged, keeps its bytes, and restores the last good copy', async () => {
    const created = await store.create(sampleFields({ headline: 'Gute Version' }));
    await store.save(created.id, 0, { headline: 'Noch eine gute Version' });
    await writeFile(fileOf(created.id), '{"schemaVersion": 2, "article": {"id": "kaputt');
    await reopen();

    expect(store.damaged()).toEqual([
      { id: created.id, file: `articles/${created.id}.json`, reason: expect.stringContaining('not valid JSON'), hasBackup: true },
    ]);
    expect(store.list()).toEqual([expect.objectContaining({ id: created.id, damaged: { reason: expect.any(String), hasBackup: true } })]);
    await expectAppError(store.get(created.id), 'DAMAGED');
    expect(await readFile(fileOf(created.id), 'utf8')).toContain('kaputt');

    const restored = await store.restoreBackup(created.id);
    expect(restored.headline).toBe('Gute Version');
    expect(store.damaged()).toEqual([]);
    expect((await store.get(created.id)).headline).toBe('Gute Version');
    const kept = (await readdir(articlesDir())).filter((f) => f.includes('.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(articlesDir(), kept[0]!), 'utf8')).toContain('kaputt');
  });

  it('reports a file that fails validation, without a usable backup', async () => {
    await writeFile(fileOf('handmade1'), JSON.stringify({ schemaVersion: 2, article: { id: 'handmade1', headline: 42 } }));
    await reopen();
    expect(store.damaged()).toEqual([expect.objectContaining({ id: 'handmade1', reason: expect.stringContaining('not a valid article'), hasBackup: false })]);
    await expectAppError(store.restoreBackup('handmade1'), 'NOT_FOUND');
  });

  it('recovers an article whose file is missing but whose .bak exists', async () => {
    const created = await store.create(sampleFields({ headline: 'Erste' }));
    await store.save(created.id, 0, { headline: 'Zweite' });
    await store.close();
    await rm(fileOf(created.id)); // as if killed between the two renames of the next write
    store = createArticleStore({ dataDir });
    await store.open();
    expect(store.damaged()).toEqual([]);
    expect((await store.get(created.id)).headline).toBe('Erste');
    expect(await stat(fileOf(created.id))).toBeTruthy();
  });

  it('migrates version-1 files on open and rewrites them, keeping the old bytes as .bak', async () => {
    await store.close();
    for (const name of await readdir(path.join(FIXTURES, 'v1'))) await copyFile(path.join(FIXTURES, 'v1', name), path.join(articlesDir(), name));
    store = createArticleStore({ dataDir });
    await store.open();

    expect(store.damaged()).toEqual([]);
    const migrated = await store.get('a1b2c3d4-0001');
    expect(migrated.tags).toEqual(['Kommunalpolitik', 'Haushalt', 'Köln']);
    const onDisk = await readJson(fileOf('a1b2c3d4-0001'));
    expect(onDisk.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION);
    expect(onDisk.article.tags).toEqual(['Kommunalpolitik', 'Haushalt', 'Köln']);
    expect((await readJson(`${fileOf('a1b2c3d4-0001')}.bak`)).schemaVersion).toBe(1);
    expect(store.list().map((s) => s.id).sort()).toEqual(['a1b2c3d4-0001', 'a1b2c3d4-0002']);
  });

  it('leaves a file from a newer Copydesk untouched and reports why', async () => {
    const target = fileOf('a1b2c3d4-0099');
    await copyFile(path.join(FIXTURES, 'newer-version.json'), target);
    const before = await readFile(target);
    await reopen();
    expect(store.damaged()).toEqual([expect.objectContaining({ id: 'a1b2c3d4-0099', reason: expect.stringContaining('written by a newer Copydesk') })]);
    expect(await readFile(target)).toEqual(before);
    await expectAppError(store.save('a1b2c3d4-0099', 3, { headline: 'x' }), 'DAMAGED');
    expect(await readFile(target)).toEqual(before);
  });

  it('keeps a damaged index from stopping open', async () => {
    const created = await store.create(sampleFields());
    await store.close();
    await writeFile(path.join(dataDir, 'index.json'), '{nonsense');
    store = createArticleStore({ dataDir });
    await store.open();
    expect(store.list().map((s) => s.id)).toEqual([created.id]);
  });

  it('iterates every readable article', async () => {
    const ids = [(await store.create(sampleFields())).id, (await store.create(sampleFields())).id];
    await mkdir(articlesDir(), { recursive: true });
    await writeFile(fileOf('brokenfile'), 'nope');
    await reopen();
    const seen: string[] = [];
    for await (const article of store.iterate()) seen.push(article.id);
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('serialises concurrent saves of one article: exactly one wins per revision', async () => {
    const created = await store.create(sampleFields());
    const results = await Promise.allSettled([1, 2, 3].map((n) => store.save(created.id, 0, { headline: `Version ${n}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await store.get(created.id)).rev).toBe(1);
  });
});
