import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreIndex, type IndexEntry } from '../../../../../electron/main/store/store-index';
import { damagedSummary } from '../../../../../electron/main/store/article-summary';
import { makeTempDir, removeDir } from './store-test-helpers';

const entry = (id: string): IndexEntry => ({ mtimeMs: 1234.5678, size: 99, summary: { ...damagedSummary(id, 'x', false, new Date(0)), damaged: null } });

describe('StoreIndex', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await makeTempDir('index');
    file = path.join(dir, 'index.json');
  });
  afterEach(() => removeDir(dir));

  it('writes the entries on flush and loads them back', async () => {
    const entries = new Map([['article-1', entry('article-1')]]);
    await new StoreIndex(file, 1000, () => entries, () => {}).flush();
    expect(await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).toEqual(entries);
  });

  it('writes once, shortly after a burst of changes', async () => {
    let snapshots = 0;
    const index = new StoreIndex(file, 20, () => (snapshots++, new Map([['article-1', entry('article-1')]])), () => {});
    for (let i = 0; i < 10; i++) index.schedule();
    await new Promise((r) => setTimeout(r, 80));
    expect(snapshots).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8')).entries['article-1'].size).toBe(99);
  });

  it('keeps postponing while changes continue, but not forever', async () => {
    let snapshots = 0;
    const index = new StoreIndex(file, 10, () => (snapshots++, new Map()), () => {});
    const started = Date.now();
    while (snapshots === 0 && Date.now() - started < 1000) {
      index.schedule();
      await new Promise((r) => setTimeout(r, 2));
    }
    const waited = Date.now() - started;
    expect(snapshots).toBe(1);
    expect(waited).toBeGreaterThanOrEqual(90);
    expect(waited).toBeLessThan(400);
  });

  it('treats an unreadable index as empty and drops invalid entries', async () => {
    await writeFile(file, '{oops');
    expect((await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).size).toBe(0);
    await writeFile(file, JSON.stringify({ schemaVersion: 1, entries: { 'article-1': entry('article-1'), 'article-2': { size: 'big' } } }));
    expect([...(await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).keys()]).toEqual(['article-1']);
  });
});
