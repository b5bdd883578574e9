import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema, articleSummarySchema, slugSchema, type Article } from '../../../../core/article/article';
import { SLUG_MAX_LENGTH, slugify } from '../../../../core/article/slug';
import { createArticleService, type ArticleService } from '../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../backend/articles/search-index';
import type { ArticleStore } from '../../../../backend/articles/store/article-store';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { summarize } from '../../../../backend/articles/store/article-summary';
import { articleFieldsArb } from '../../core/article/arbitraries';
import { makeTempDir, removeDir } from './store/store-test-helpers';

/** Its slug is 80 characters with a hyphen at the 78th; the second such article used to fail every save. */
const HYPHEN_AT_78 = "Bundesregierung beschließt umfassende Reform der Pflegeversicherung bis Ende '26";

/** A fresh store and article service in a temp data directory for each test of the block. */
function serviceEachTest(prefix: string): { store: () => ArticleStore; service: () => ArticleService } {
  let dataDir: string;
  let store: ArticleStore;
  let service: ArticleService;
  beforeEach(async () => {
    dataDir = await makeTempDir(prefix);
    store = createArticleStore({ dataDir });
    await store.open();
    service = createArticleService(store, createSearchIndex());
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dataDir);
  });
  return { store: () => store, service: () => service };
}

describe('article service: slugs', () => {
  const ctx = serviceEachTest('article-service');

  async function saved(changes: Parameters<ArticleService['save']>[2]): Promise<Article> {
    const created = await ctx.service().create('de');
    return ctx.service().save(created.id, created.rev, changes);
  }

  it('regression: two (and more) articles with a headline whose 80-character slug has a hyphen at the 78th both save', async () => {
    expect(slugify(HYPHEN_AT_78)).toHaveLength(SLUG_MAX_LENGTH);
    expect(slugify(HYPHEN_AT_78)[77]).toBe('-');
    const first = await saved({ headline: HYPHEN_AT_78 });
    const second = await saved({ headline: HYPHEN_AT_78 });
    const third = await saved({ headline: HYPHEN_AT_78 });
    expect(first.slug).toBe(slugify(HYPHEN_AT_78));
    expect(second.slug).toBe('bundesregierung-beschliesst-umfassende-reform-der-pflegeversicherung-bis-ende-2');
    expect(third.slug).toBe('bundesregierung-beschliesst-umfassende-reform-der-pflegeversicherung-bis-ende-3');
    for (const a of [first, second, third]) expect(slugSchema.safeParse(a.slug).success).toBe(true);
    // And they keep saving afterwards.
    const again = await ctx.service().save(second.id, second.rev, { teaser: 'Noch ein Satz.' });
    expect(again.slug).toBe(second.slug);
  });

  it('regression: a slug the editor typed that numbers into a stray hyphen saves too', async () => {
    await saved({ headline: HYPHEN_AT_78 });
    const typed = await saved({ slug: slugify(HYPHEN_AT_78).toUpperCase().replace(/-/g, ' ') });
    expect(slugSchema.safeParse(typed.slug).success).toBe(true);
    expect(typed.slug.endsWith('-2')).toBe(true);
  });

  it('regression: a derived slug of a headline ending in a number still follows the headline', async () => {
    const a = await saved({ headline: 'Wahl 2025' });
    expect(a.slug).toBe('wahl-2025');
    const next = await ctx.service().save(a.id, a.rev, { headline: 'Wahl 2025: das Ergebnis' });
    expect(next.slug).toBe('wahl-2025-das-ergebnis');
  });

  it('regression: a cut, numbered slug still follows the headline', async () => {
    await saved({ headline: HYPHEN_AT_78 });
    const second = await saved({ headline: HYPHEN_AT_78 });
    const next = await ctx.service().save(second.id, second.rev, { headline: 'Reform beschlossen' });
    expect(next.slug).toBe('reform-beschlossen');
  });

  it('keeps a hand-written slug when the headline changes', async () => {
    const a = await saved({ headline: 'Erste Fassung', slug: 'Mein eigener Slug' });
    const next = await ctx.service().save(a.id, a.rev, { headline: 'Zweite Fassung 2' });
    expect(next.slug).toBe('mein-eigener-slug');
  });

  it('property: articles with generated headlines (the failing case included) all save with valid, distinct slugs', async () => {
    const headline = fc.oneof(
      fc.constant(HYPHEN_AT_78),
      fc.string({ maxLength: 300 }).map((s) => s.replace(/[\r\n]/g, ' ')),
      fc.tuple(fc.integer({ min: 70, max: 79 }), fc.stringMatching(/^[a-z]{1,3}$/)).map(([n, tail]) => `${'a'.repeat(n)} ${tail} x`),
    );
    await fc.assert(
      fc.asyncProperty(headline, fc.integer({ min: 2, max: 4 }), async (text, copies) => {
        const slugs: string[] = [];
        for (let i = 0; i < copies; i++) slugs.push((await saved({ headline: text })).slug);
        for (const slug of slugs) expect(slugSchema.safeParse(slug).success && slug !== '').toBe(true);
        const all = ctx.store().list().map((s) => s.slug);
        expect(new Set(all).size).toBe(all.length);
      }),
      { numRuns: 15 },
    );
  });
});

describe('article service: derived values pass the schemas', () => {
  const ctx = serviceEachTest('article-service-derived');

  it('property: a save of any valid fields stores an article and a summary that pass their schemas', async () => {
    await fc.assert(
      fc.asyncProperty(articleFieldsArb, async (fields) => {
        const created = await ctx.service().create(fields.language, fields.section);
        const stored = await ctx.service().save(created.id, created.rev, fields);
        expect(articleSchema.safeParse(stored).success).toBe(true);
        expect(articleSummarySchema.safeParse(summarize(stored)).success).toBe(true);
      }),
      { numRuns: 10 },
    );
  });

  it('regression: a new draft in a section with a line break is created, not refused', async () => {
    const created = await ctx.service().create('de', 'Politik\nBerlin');
    expect(created.section).toBe('Politik Berlin');
  });

  it('merging tags keeps every article valid', async () => {
    const a = await ctx.service().create('de');
    await ctx.service().save(a.id, a.rev, { tags: ['Köln', 'Verkehr', 'Radweg'] });
    const b = await ctx.service().create('de');
    await ctx.service().save(b.id, b.rev, { tags: ['köln', 'Politik'] });
    await ctx.service().mergeTags(['Verkehr', 'Politik'], 'Köln');
    for (const s of ctx.store().list()) expect(articleSchema.safeParse(await ctx.store().get(s.id)).success).toBe(true);
    expect((await ctx.store().get(a.id)).tags).toEqual(['Köln', 'Radweg']);
    expect((await ctx.store().get(b.id)).tags).toEqual(['köln']);
  });
});
