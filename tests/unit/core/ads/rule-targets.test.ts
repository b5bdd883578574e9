import { describe, expect, it } from 'vitest';
import { describeBlocks } from '../../../../core/ads/body-blocks';
import { ruleTargets } from '../../../../core/ads/rule-targets';
import { para, words } from './fixtures';

// Paragraphs at blocks 0, 2, 3, 5, 6 of 100 words each; blocks 1 and 4 are one-word headings.
const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'T' }] };
const blocks = describeBlocks({ type: 'doc', content: [para(words(100)), heading, para(words(100)), para(words(100)), heading, para(words(100)), para(words(100))] });

describe('ruleTargets', () => {
  it('aims "after paragraph N" at the Nth paragraph, not the Nth block', () => {
    expect(ruleTargets({ kind: 'afterParagraph', paragraph: 3 }, blocks)).toEqual([3]);
    expect(ruleTargets({ kind: 'afterParagraph', paragraph: 9 }, blocks)).toEqual([]);
  });
  it('repeats every N paragraphs', () => {
    expect(ruleTargets({ kind: 'everyParagraphs', paragraphs: 2 }, blocks)).toEqual([2, 5]);
  });
  it('repeats every N words, once per block even when a block crosses several thresholds', () => {
    // Running totals 100, 101, 201, 301, 302, 402, 502 cross 150, 300 and 450 in blocks 2, 3 and 6.
    expect(ruleTargets({ kind: 'everyWords', words: 150 }, blocks)).toEqual([2, 3, 6]);
    expect(ruleTargets({ kind: 'everyWords', words: 50 }, blocks)).toEqual([0, 2, 3, 5, 6]);
  });
  it('gives no body targets for top, end and sidebar', () => {
    expect(ruleTargets({ kind: 'top' }, blocks)).toEqual([]);
  });
});
