import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newArticleFields, tagKey, type ArticleFields } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';
import { canonicalJson, mergeArticleFields, mergeTags, resolveMerge, SCALAR_FIELDS } from '../../../../core/sync/merge';

const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const texts = (f: ArticleFields) => f.body.content.map((b) => b.content?.[0]?.text ?? '');
const withBody = (f: ArticleFields, lines: string[]): ArticleFields => ({ ...f, body: { type: 'doc', content: lines.map(para) } });

const base: ArticleFields = {
  ...withBody(newArticleFields('de', 'Politik'), ['A', 'B', 'C', 'D']),
  headline: 'Rat beschließt Haushalt',
  tags: ['Politik', 'Haushalt'],
};

describe('mergeArticleFields', () => {
  it('takes each side’s change of different fields', () => {
    const local = { ...base, headline: 'Rat beschließt Haushalt 2027' };
    const remote = { ...base, teaser: 'Nach langer Debatte.' };
    const { merged, conflicts } = mergeArticleFields(base, local, remote);
    expect(conflicts).toEqual([]);
    expect(merged.headline).toBe('Rat beschließt Haushalt 2027');
    expect(merged.teaser).toBe('Nach langer Debatte.');
  });

  it('merges edits of different blocks and keeps both sides of the same block as a conflict', () => {
    const local = withBody(base, ['A', 'B local', 'C', 'D']);
    const remote = withBody(base, ['A', 'B', 'C', 'D remote', 'E']);
    expect(texts(mergeArticleFields(base, local, remote).merged)).toEqual(['A', 'B local', 'C', 'D remote', 'E']);

    const clash = withBody(base, ['A', 'B site', 'C', 'D']);
    const result = mergeArticleFields(base, local, clash);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ key: 'block:0', kind: 'block' });
    expect(texts(result.merged)).toEqual(['A', 'B local', 'C', 'D']);
    expect(texts(resolveMerge(base, local, clash, { 'block:0': 'remote' }))).toEqual(['A', 'B site', 'C', 'D']);
  });

  it('reports a field both sides changed differently with both values', () => {
    const result = mergeArticleFields(base, { ...base, headline: 'Mein Titel' }, { ...base, headline: 'Titel der Website' });
    expect(result.conflicts).toEqual([{ key: 'field:headline', kind: 'field', field: 'headline', base: base.headline, local: 'Mein Titel', remote: 'Titel der Website' }]);
    expect(result.merged.headline).toBe('Mein Titel');
  });

  it('merges tags as a set: additions of both kept, removals applied', () => {
    expect(mergeTags(['a', 'b', 'c'], ['a', 'c', 'd'], ['a', 'b', 'c', 'E'])).toEqual(['a', 'c', 'd', 'E']);
    expect(mergeTags(['a'], ['a', 'X'], ['a', 'x'])).toEqual(['a', 'X']);
  });
});

// ---- properties ----
const WORDS = ['Berlin', 'Hamburg', 'Köln', 'München', 'Bremen', 'Kiel'];
const TAGS = ['Politik', 'Sport', 'Wirtschaft', 'Kultur', 'Wetter', 'Verkehr'];

/** A random edit of `base`: some scalar fields, blocks inserted/removed/replaced, tags added/removed. */
const editOf = (from: ArticleFields) =>
  fc
    .record({
      headline: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      teaser: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      noAds: fc.option(fc.boolean(), { nil: undefined }),
      seo: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      ops: fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace'), fc.nat(10), fc.constantFrom(...WORDS)), { maxLength: 4 }),
      addTags: fc.subarray(TAGS),
      dropTags: fc.subarray(TAGS),
    })
    .map((e): ArticleFields => {
      const lines = texts(from);
      for (const [op, at, word] of e.ops) {
        const i = lines.length ? at % (lines.length + (op === 'insert' ? 1 : 0)) : 0;
        if (op === 'insert') lines.splice(i, 0, `${word}-${at}`);
        else if (lines.length && op === 'delete') lines.splice(i, 1);
        else if (lines.length) lines[i] = `${lines[i]} ${word}`;
      }
      const tags = [...from.tags.filter((t) => !e.dropTags.includes(t)), ...e.addTags.filter((t) => !from.tags.includes(t))];
      return {
        ...withBody(from, lines),
        headline: e.headline ?? from.headline,
        teaser: e.teaser ?? from.teaser,
        noAds: e.noAds ?? from.noAds,
        seo: e.seo ? { ...from.seo, title: e.seo } : from.seo,
        tags,
      };
    });

const arbBase = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).chain((lines) =>
  fc.subarray(TAGS).map((tags) => ({ ...withBody(base, lines.map((w, i) => `${w}${i}`)), tags })),
);
const arbTriple = arbBase.chain((b) => fc.tuple(fc.constant(b), editOf(b), editOf(b)));
const tagSet = (tags: string[]) => tags.map(tagKey).sort();
const normalized = (f: ArticleFields) => canonicalJson({ ...f, tags: tagSet(f.tags) });

describe('merge properties', () => {
  it('merging with an unchanged side returns the other side', () => {
    fc.assert(
      fc.property(arbTriple, ([b, l]) => {
        const one = mergeArticleFields(b, l, b);
        const other = mergeArticleFields(b, b, l);
        expect(one.conflicts).toEqual([]);
        expect(other.conflicts).toEqual([]);
        expect(normalized(one.merged)).toBe(normalized(l));
        expect(normalized(other.merged)).toBe(normalized(l));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('is symmetric in what it keeps', () => {
    fc.assert(
      fc.property(arbTriple, ([b, l, r]) => {
        const lr = mergeArticleFields(b, l, r);
        const rl = mergeArticleFields(b, r, l);
        expect(lr.conflicts.map((c) => [c.key, canonicalJson(c.local), canonicalJson(c.remote)])).toEqual(
          rl.conflicts.map((c) => [c.key, canonicalJson(c.remote), canonicalJson(c.local)]),
        );
        // Taking the same side's version of every conflict gives the same article either way.
        const allLocal = Object.fromEntries(lr.conflicts.map((c) => [c.key, 'local' as const]));
        const allRemote = Object.fromEntries(lr.conflicts.map((c) => [c.key, 'remote' as const]));
        expect(normalized(resolveMerge(b, l, r, allLocal))).toBe(normalized(resolveMerge(b, r, l, allRemote)));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('drops no change of either side silently', () => {
    fc.assert(
      fc.property(arbTriple, ([b, l, r]) => {
        const { merged, conflicts } = mergeArticleFields(b, l, r);
        const inConflict = new Set(conflicts.flatMap((c) => (c.kind === 'field' ? [c.field] : [])));
        for (const field of SCALAR_FIELDS) {
          for (const side of [l, r]) {
            if (canonicalJson(side[field]) !== canonicalJson(b[field]) && !inConflict.has(field)) {
              expect(canonicalJson(merged[field])).toBe(canonicalJson(side[field]));
            }
          }
        }
        // Every block that a side added is in the merged body or in a conflict kept for the user.
        const kept = new Set([...texts(merged), ...conflicts.flatMap((c) => (c.kind === 'block' ? [...c.local, ...c.remote].map((n) => n.content?.[0]?.text ?? '') : []))]);
        for (const side of [l, r]) for (const t of texts(side)) if (!texts(b).includes(t)) expect(kept.has(t)).toBe(true);
        // Every tag a side added is kept; every tag a side removed is gone.
        const m = new Set(tagSet(merged.tags));
        for (const side of [l, r]) {
          for (const t of side.tags) if (!b.tags.includes(t)) expect(m.has(tagKey(t))).toBe(true);
          for (const t of b.tags) if (!side.tags.includes(t)) expect(m.has(tagKey(t))).toBe(false);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('neighbouring blocks', () => {
  it('merges in-place edits of adjacent blocks block by block', () => {
    const local = withBody(base, ['A', 'B mine', 'C', 'D']);
    const remote = withBody(base, ['A', 'B', 'C site', 'D']);
    const { merged, conflicts } = mergeArticleFields(base, local, remote);
    expect(conflicts).toEqual([]);
    expect(texts(merged)).toEqual(['A', 'B mine', 'C site', 'D']);
  });
});
