import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newArticleFields, type Article } from '../../../../core/article/article';
import { createRevisionStore } from '../../../../backend/workflow/revision-store';

let dir: string;
let clock: number;
const now = () => new Date(clock);
const article = (headline: string, rev = 1): Article => ({
  ...newArticleFields('de'),
  headline,
  id: 'article-1',
  rev,
  bodySchema: 1 as Article['bodySchema'],
  status: 'draft',
  schedule: null,
  statusHistory: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-revisions-'));
  clock = Date.parse('2026-06-01T08:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('revision store', () => {
  it('keeps the first save, then a changed save only after a 30 s pause', async () => {
    const store = createRevisionStore(dir, now);
    expect(await store.recordSave(article('A'), 'Anna')).not.toBeNull();
    clock += 10_000;
    expect(await store.recordSave(article('AB', 2), 'Anna')).toBeNull();
    clock += 25_000;
    expect(await store.recordSave(article('A', 3), 'Anna')).toBeNull(); // same content as the last revision
    expect(await store.recordSave(article('ABC', 4), 'Anna')).toMatchObject({ reason: 'pause', rev: 4, author: 'Anna' });
    expect((await store.list('article-1')).map((r) => r.snapshot.headline)).toEqual(['A', 'ABC']);
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'revisions', 'article-1.json'), 'utf8'));
    expect(onDisk.revisions).toHaveLength(2);
  });

  it('compacts old pause revisions but keeps every status change', async () => {
    const store = createRevisionStore(dir, now);
    clock = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 80; i++) {
      clock += 60_000 * 5; // every five minutes: 12 per hour
      await store.record(article(`v${i}`, i), i % 20 === 0 ? 'status' : 'pause', 'Anna');
    }
    clock = Date.parse('2026-06-01T00:00:00Z');
    await store.record(article('now', 99), 'pause', 'Anna');
    const kept = await store.list('article-1');
    expect(kept.length).toBeLessThan(81);
    expect(kept.filter((r) => r.reason === 'status')).toHaveLength(4);
    expect(kept.at(-1)!.snapshot.headline).toBe('now');
  });

  it('reads what an earlier instance wrote', async () => {
    await createRevisionStore(dir, now).record(article('A'), 'status', 'Rita');
    const again = createRevisionStore(dir, now);
    const [only] = await again.list('article-1');
    expect(only).toMatchObject({ reason: 'status', author: 'Rita' });
    await expect(again.get('article-1', 'missing-id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
