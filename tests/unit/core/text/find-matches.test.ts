import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, replaceMatches } from '../../../../core/text/find-matches';

const plain = { matchCase: false, wholeWord: false };
const texts = (text: string, query: string, options = plain) => findMatches(text, query, options).map((m) => text.slice(m.from, m.to));

describe('findMatches', () => {
  it('finds every occurrence, ignoring case unless asked, umlauts included', () => {
    expect(texts('Über die Brücke, über den Fluss. ÜBER', 'über')).toEqual(['Über', 'über', 'ÜBER']);
    expect(texts('Über die Brücke, über den Fluss', 'über', { matchCase: true, wholeWord: false })).toEqual(['über']);
    expect(texts('Ärger und ärgerlich', 'ÄRGER')).toEqual(['Ärger', 'ärger']);
  });

  it('whole words: a word ends at spaces and punctuation, not at umlauts or ß', () => {
    const text = 'Rat, Ratsherr, Stadtrat und Rät. Rat.';
    expect(findMatches(text, 'rat', { matchCase: false, wholeWord: true })).toEqual([
      { from: 0, to: 3 },
      { from: 33, to: 36 },
    ]);
    expect(texts('Maß Maße maß', 'maß', { matchCase: false, wholeWord: true })).toEqual(['Maß', 'maß']);
    expect(texts('Straße Straßenbahn', 'Straße', { matchCase: true, wholeWord: true })).toEqual(['Straße']);
    expect(texts('führen Ausführen', 'führen', { matchCase: false, wholeWord: true })).toEqual(['führen']);
  });

  it('treats the query literally, not as a pattern', () => {
    expect(texts('a.b axb (1+1) [x]', '.')).toEqual(['.']);
    expect(texts('a.b axb (1+1) [x]', '(1+1)')).toEqual(['(1+1)']);
    expect(texts('a.b axb (1+1) [x]', '[x]')).toEqual(['[x]']);
  });

  it('finds nothing for an empty query and never overlaps', () => {
    expect(findMatches('abc', '', plain)).toEqual([]);
    expect(findMatches('aaaa', 'aa', plain)).toEqual([{ from: 0, to: 2 }, { from: 2, to: 4 }]);
  });
});

describe('findMatches properties', () => {
  const alphabet = fc.constantFrom('a', 'A', 'ä', 'Ä', 'ß', 'b', ' ', '.', '-', 'é', '1');
  const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
  const query = fc.array(alphabet, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
  const options = fc.record({ matchCase: fc.boolean(), wholeWord: fc.boolean() });

  it('matches are sorted, disjoint and equal the query (exactly, or ignoring case)', () => {
    fc.assert(
      fc.property(text, query, options, (t, q, o) => {
        let end = 0;
        for (const m of findMatches(t, q, o)) {
          expect(m.from).toBeGreaterThanOrEqual(end);
          const found = t.slice(m.from, m.to);
          if (o.matchCase) expect(found).toBe(q);
          else expect(found.toLowerCase()).toBe(q.toLowerCase());
          end = m.to;
        }
      }),
    );
  });

  it('with match case and no word rule, the count is the number of pieces split off', () => {
    fc.assert(fc.property(text, query, (t, q) => findMatches(t, q, { matchCase: true, wholeWord: false }).length === t.split(q).length - 1));
  });

  it('whole-word matches are a subset of all matches', () => {
    fc.assert(
      fc.property(text, query, fc.boolean(), (t, q, matchCase) => {
        const all = new Set(findMatches(t, q, { matchCase, wholeWord: false }).map((m) => m.from));
        return findMatches(t, q, { matchCase, wholeWord: true }).every((m) => all.has(m.from));
      }),
    );
  });

  it('replacing every match by a text without the query leaves none (matches are found leftmost first)', () => {
    fc.assert(fc.property(text, query, (t, q) => findMatches(replaceMatches(t, findMatches(t, q, plain), '#'), q, plain).length === 0));
  });
});
