import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSqlite, openSearchDb, type SqliteDb } from '../../../../../backend/articles/search/search-db';
import { SearchWriter } from '../../../../../backend/articles/search/search-writer';
import type { Article } from '../../../../../core/article/article';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { makeTempDir, removeDir, sampleFields } from '../store/store-test-helpers';


describe('search writer', () => {
  let dir: string;
  let db: SqliteDb;
  let article: Article;
  let written: number[];
  let writer: SearchWriter;

  beforeEach(async () => {
    dir = await makeTempDir('search-writer');
    const store = createArticleStore({ dataDir: dir });
    await store.open();
    article = await store.create(sampleFields());
    await store.close();
    db = openSearchDb((await loadSqlite())!, path.join(dir, 'search-index.sqlite')).db;
    written = [];
    writer = new SearchWriter(db, async () => null, { delayMs: 1, indexed: (_, id) => id && written.push(Date.now()), settled: () => {}, damaged: () => {} });
  });
  afterEach(async () => {
    await writer.idle();
    db.close();
    await removeDir(dir);
  });

  /** Runs `check` on a fake clock (the writer's waits are timers), then lets every wait run out before the real clock is back. */
  async function onFakeClock(check: () => Promise<void>): Promise<void> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await check();
    } finally {
      await vi.advanceTimersByTimeAsync(2000);
      vi.useRealTimers();
    }
  }
  const save = (rev: number) => {
    writer.hold();
    writer.enqueue(article.id, { ...article, rev });
  };

  it('keeps still while a person saves, and writes once the saves pause', async () => {
    await onFakeClock(async () => {
      for (let i = 0; i < 10; i++) {
        save(i);
        await vi.advanceTimersByTimeAsync(20);
      }
      expect(written, 'nothing written between saves 20 ms apart').toEqual([]);
      await vi.advanceTimersByTimeAsync(150);
      expect(written, 'written once they paused').toHaveLength(1);
    });
  });

  it('writes at least once a second while saves never pause', async () => {
    await onFakeClock(async () => {
      const start = Date.now();
      for (let i = 0; i < 150; i++) {
        save(i);
        await vi.advanceTimersByTimeAsync(10);
      }
      expect(written.length, 'a batch went in during 1.5 s of saves').toBeGreaterThan(0);
      expect(written[0]! - start).toBeLessThanOrEqual(1100);
    });
  });

  it('writes without waiting when nobody is saving (a sync taking articles)', async () => {
    await onFakeClock(async () => {
      writer.enqueue(article.id, article);
      await vi.advanceTimersByTimeAsync(5);
      expect(written).toHaveLength(1);
    });
  });
});
