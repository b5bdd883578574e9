import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../core/article/article';
import { createArticleService, SEARCH_COUNT_AHEAD } from '../../../../backend/articles/article-service';
import type { SearchHit, SearchIndex } from '../../../../backend/articles/search-index';
import type { ArticleStore } from '../../../../backend/articles/store/article-store';

const summary = (n: number): ArticleSummary => ({
  id: `a${n}`, rev: 1, headline: `Artikel ${n}`, teaser: '', section: n % 2 ? 'Sport' : 'Politik', author: '', tags: [],
  slug: `artikel-${n}`, language: 'de', status: 'draft', updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), wordCount: 1, damaged: null,
});

/** An archive of `count` articles whose search matches the first `matching`, counting the hits read. */
function archive(count: number, matching: number) {
  const all = Array.from({ length: count }, (_, n) => summary(n));
  const read = { hits: 0 };
  const store = { list: () => all, summary: (id: string) => all.find((s) => s.id === id), onChange: () => () => {}, get: async () => Promise.reject(new Error('not read here')) } as unknown as ArticleStore;
  const search: SearchIndex = {
    add() {}, update() {}, remove() {}, count: () => count, buildFrom: async () => 0,
    search: () => [],
    *hits(): Iterable<SearchHit> {
      for (let n = 0; n < matching; n++) {
        read.hits++;
        yield { id: `a${n}`, score: 1 };
      }
    },
  };
  return { service: createArticleService(store, search), read };
}

describe('article service: a search over a large archive', () => {
  it('reads the hits only as far as the page and a bounded count ahead, and says there are more', async () => {
    const { service, read } = archive(50_000, 40_000);
    const page = await service.list({ query: 'haus', sort: 'relevance', limit: 50 });
    expect(page.items.map((s) => s.id).slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(page.total).toBe(50 + SEARCH_COUNT_AHEAD);
    expect(page.more).toBe(true);
    expect(read.hits).toBeLessThanOrEqual(50 + SEARCH_COUNT_AHEAD + 1);
    // Scrolled further, the count reaches further.
    const later = await service.list({ query: 'haus', sort: 'relevance', offset: 2000, limit: 100 });
    expect(later.items[0]!.id).toBe('a2000');
    expect(later.total).toBe(2100 + SEARCH_COUNT_AHEAD);
  });

  it('gives the exact total when the matches end within the count, filters applied', async () => {
    const { service } = archive(5000, 700);
    const page = await service.list({ query: 'haus', sort: 'relevance', limit: 50 });
    expect(page).toMatchObject({ total: 700 });
    expect(page.more).toBeUndefined();
    const sport = await service.list({ query: 'haus', sort: 'relevance', section: 'Sport', limit: 50 });
    expect(sport.total).toBe(350);
    expect(sport.items.every((s) => s.section === 'Sport')).toBe(true);
  });

  it('sorted by date, a search still lists every match in exact date order', async () => {
    const { service } = archive(3000, 2500);
    const page = await service.list({ query: 'haus', sort: 'updated-desc', limit: 3 });
    expect(page.total).toBe(2500);
    expect(page.items.map((s) => s.id)).toEqual(['a2499', 'a2498', 'a2497']);
  });
});
