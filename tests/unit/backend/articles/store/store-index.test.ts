import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreIndex, type IndexEntry } from '../../../../../backend/articles/store/store-index';
import { damagedSummary } from '../../../../../backend/articles/store/article-summary';
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
    const index = new StoreIndex(file, 1000, () => entries, () => {});
    index.schedule();
    await index.flush();
    expect(await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).toEqual(entries);
  });

  it('writes nothing when nothing changed since the last write (quitting a large store is not a 60 MB write)', async () => {
    let snapshots = 0;
    const index = new StoreIndex(file, 1000, () => (snapshots++, new Map([['article-1', entry('article-1')]])), () => {});
    await index.flush();
    expect(snapshots).toBe(0);
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
    index.schedule();
    await index.flush();
    await index.flush();
    expect(snapshots).toBe(1);
  });

  it('writes the newest change first, so a store opened from it lists in date order already', async () => {
    const at = (id: string, iso: string) => ({ ...entry(id), summary: { ...entry(id).summary, updatedAt: iso } });
    const entries = new Map(['jan', 'mar', 'feb'].map((m, i) => [`article-${m}`, at(`article-${m}`, `2026-0${[1, 3, 2][i]}-01T00:00:00.000Z`)]));
    const index = new StoreIndex(file, 1000, () => entries, () => {});
    index.schedule();
    await index.flush();
    expect([...(await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).keys()]).toEqual(['article-mar', 'article-feb', 'article-jan']);
  });

  it('writes once, when a burst of changes has paused', async () => {
    let snapshots = 0;
    const index = new StoreIndex(file, 20, () => (snapshots++, new Map([['article-1', entry('article-1')]])), () => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      for (let i = 0; i < 10; i++) index.schedule();
      await vi.advanceTimersByTimeAsync(19);
      expect(snapshots).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(snapshots).toBe(1);
    } finally {
      vi.useRealTimers();
    }
    await index.flush(); // waits for the timed write too
    expect(JSON.parse(await readFile(file, 'utf8')).entries['article-1'].size).toBe(99);
  });

  it('keeps postponing while changes continue, but not forever', async () => {
    let snapshots = 0;
    const index = new StoreIndex(file, 10, () => (snapshots++, new Map()), () => {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const firedAt: number[] = [];
    try {
      // A change every 5 ms never leaves 10 ms of quiet; the index is still written after 10 × 10 ms.
      for (let t = 0; t < 150; t += 5) {
        index.schedule();
        await vi.advanceTimersByTimeAsync(5);
        if (snapshots > firedAt.length) firedAt.push(t + 5);
      }
    } finally {
      vi.useRealTimers();
    }
    await index.flush();
    expect(firedAt).toEqual([100]);
  });

  it('treats an unreadable index as empty and drops invalid entries', async () => {
    await writeFile(file, '{oops');
    expect((await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).size).toBe(0);
    await writeFile(file, JSON.stringify({ schemaVersion: 1, entries: { 'article-1': entry('article-1'), 'article-2': { size: 'big' } } }));
    expect([...(await new StoreIndex(file, 1000, () => new Map(), () => {}).load()).keys()]).toEqual(['article-1']);
  });
});
