import { describe, expect, it } from 'vitest';
import { collectMatches, indexAt, step } from '../../../../../renderer/src/editor/find/find-model';

const plain = { matchCase: false, wholeWord: false };

describe('the find bar’s walk through the article', () => {
  const matches = collectMatches('Rat und Rat', 'Der Rat', [{ from: 5, to: 8 }], 'rat', plain);

  it('goes headline, teaser, body', () => {
    expect(matches.map((m) => `${m.field}:${m.from}`)).toEqual(['headline:0', 'headline:8', 'teaser:4', 'body:5']);
  });

  it('lands on the first match at or after the cursor, wrapping round', () => {
    expect(indexAt(matches, null)).toBe(0);
    expect(indexAt(matches, { field: 'headline', at: 1 })).toBe(1);
    expect(indexAt(matches, { field: 'teaser', at: 0 })).toBe(2);
    expect(indexAt(matches, { field: 'body', at: 6 })).toBe(0);
    expect(indexAt([], null)).toBe(-1);
  });

  it('steps forwards and backwards round the ends', () => {
    expect(step(matches, 3, 1)).toEqual({ field: 'headline', at: 0 });
    expect(step(matches, 0, -1)).toEqual({ field: 'body', at: 5 });
    expect(step([], 0, 1)).toBeNull();
  });
});
