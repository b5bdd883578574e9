import { describe, expect, it } from 'vitest';
import { createSuggestion } from '../../../../core/comments/suggestion';
import { mergeSiteThreads, placeAnchors } from '../../../../backend/team/thread-merge';
import type { BodyDoc } from '../../../../core/article/body-schema';

const NOW = new Date('2026-05-04T10:00:00.000Z');
const body = (...paragraphs: string[]): BodyDoc => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

describe('suggestions in the thread merge', () => {
  it('places an insertion point after the text before it, nearest to where it was', () => {
    const point = createSuggestion({ kind: 'body', from: 5, to: 5, quote: '' }, { id: 'sugg-p1', author: 'P', now: NOW, insert: 'neue ', before: 'Die ' });
    // "Neu: Die Preise": the point moved by the 5 characters typed in front.
    const [placed] = placeAnchors([point], body('Neu: Die Preise'));
    expect(placed!.anchor).toEqual({ kind: 'body', from: 10, to: 10, quote: '' });
    const [second] = placeAnchors([point], body('Vorher', 'Die Preise'));
    expect(second!.anchor).toMatchObject({ from: 13, to: 13 });
  });

  it('detaches an insertion point whose text is gone, and a replaced range whose quote is gone, never drops them', () => {
    const point = createSuggestion({ kind: 'body', from: 5, to: 5, quote: '' }, { id: 'sugg-p2', author: 'P', now: NOW, insert: 'x', before: 'Die ' });
    const range = createSuggestion({ kind: 'body', from: 5, to: 11, quote: 'Preise' }, { id: 'sugg-p3', author: 'P', now: NOW, insert: 'Tarife' });
    const placed = placeAnchors([point, range], body('Ganz anders'));
    expect(placed.map((t) => t.anchor.kind === 'body' && t.anchor.orphaned)).toEqual([true, true]);
  });

  it("takes a suggestion's new range when its author revised it on another machine, else keeps the local one", () => {
    const here = createSuggestion({ kind: 'body', from: 7, to: 13, quote: 'Preise' }, { id: 'sugg-m1', author: 'P', now: NOW, insert: 'T' });
    const same = { ...here, anchor: { ...here.anchor, from: 5, to: 11 } };
    expect(mergeSiteThreads([here], [same]).threads[0]!.anchor).toEqual(here.anchor);
    const revised = createSuggestion({ kind: 'body', from: 5, to: 19, quote: 'Preise bleiben' }, { id: 'sugg-m1', author: 'P', now: NOW, insert: 'Tarife' });
    expect(mergeSiteThreads([here], [revised]).threads[0]).toMatchObject({ anchor: revised.anchor, suggestion: { insert: 'Tarife' } });
  });
});
