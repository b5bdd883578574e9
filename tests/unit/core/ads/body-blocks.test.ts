import { describe, expect, it } from 'vitest';
import { describeBlocks, isRulePositionAllowed, nestedAdSlots, paragraphsBetween, totalWords } from '../../../../core/ads/body-blocks';
import type { BodyDoc } from '../../../../core/article/body-schema';
import { para, words } from './fixtures';

const body: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Titel hier' }] },
    para(words(10)),
    { type: 'paragraph' },
    para(words(5)),
    { type: 'blockquote', content: [para('zwei Worte'), { type: 'adSlot', attrs: { slotId: 'nested' } }] },
    para(words(3)),
    para(words(3)),
  ],
};

describe('describeBlocks', () => {
  const blocks = describeBlocks(body);
  it('counts only paragraphs with text as paragraphs', () => {
    expect(blocks.map((b) => b.isParagraph)).toEqual([false, true, false, true, false, true, true]);
  });
  it('counts words of every text block', () => {
    expect(totalWords(blocks)).toBe(2 + 10 + 5 + 2 + 3 + 3);
  });
  it('counts paragraphs between two ad positions', () => {
    expect(paragraphsBetween(blocks, 1, 6)).toBe(3);
    expect(paragraphsBetween(blocks, 6, 1)).toBe(3);
    expect(paragraphsBetween(blocks, 1, 2)).toBe(0);
  });
  it('allows rule ads only after the first paragraph, away from quotes, and not after the last block', () => {
    expect(blocks.map((_, i) => isRulePositionAllowed(blocks, i))).toEqual([false, true, true, false, false, true, false]);
  });
  it('finds ad markers nested inside other blocks', () => {
    expect(nestedAdSlots(body)).toEqual([{ blockIndex: 4, slotId: 'nested' }]);
  });
});
