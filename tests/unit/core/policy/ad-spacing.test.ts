import { describe, expect, it } from 'vitest';
import { checkAdSpacing } from '../../../../core/policy/ad-spacing';
import { para, sampleArticle, words } from '../ads/fixtures';
import { at, ctx, result } from './helpers';

describe('checkAdSpacing', () => {
  const article = sampleArticle();

  it('is quiet for well-spaced ads between plain paragraphs', () => {
    expect(checkAdSpacing(result(at(0), at(9)), article, ctx())).toEqual([]);
  });

  it('warns about an ad next to a quote, list or figure', () => {
    // Block 3 is followed by the blockquote at 4.
    expect(checkAdSpacing(result(at(3)), article, ctx()).map((f) => f.code)).toEqual(['AD_NEXT_TO_EMBED']);
  });

  it('warns about a manual marker before the first paragraph and ads too close together', () => {
    const content = [{ type: 'adSlot', attrs: { slotId: 'x' } }, para(words(20)), para(words(20)), para(words(20))];
    const a = sampleArticle({ body: { type: 'doc', content } });
    const codes = checkAdSpacing(result(at(0, null, { source: 'manual' }), at(1)), a, ctx()).map((f) => f.code);
    expect(codes).toEqual(['AD_BEFORE_FIRST_PARAGRAPH', 'ADS_TOO_CLOSE']);
  });
});
