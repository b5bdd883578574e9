import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyDoc, BodyNode } from '../../../../core/article/body-schema';
import { commentAnchorSchema, type BodyAnchor } from '../../../../core/comments/thread';
import { bodyTextPositions } from '../../../../core/sync/body-text-positions';
import { relocateAnchor } from '../../../../core/sync/relocate-anchor';

const text = (t: string): BodyNode => ({ type: 'text', text: t });
const p = (...inline: BodyNode[]): BodyNode => ({ type: 'paragraph', content: inline });

// Few letters, so quotes occur more than once and the nearest one has to be chosen.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', ' ', '😀'), minLength: 1, maxLength: 8 });
const inline = fc.array(fc.oneof({ weight: 5, arbitrary: word.map(text) }, { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'hardBreak' }) }), { maxLength: 4 });
const block: fc.Arbitrary<BodyNode> = fc.oneof(
  { weight: 4, arbitrary: inline.map((c) => p(...c)) },
  { weight: 1, arbitrary: inline.map((c) => ({ type: 'heading', attrs: { level: 2 }, content: c })) },
  { weight: 1, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((items) => ({ type: 'bulletList', content: items.map((c) => ({ type: 'listItem', content: [p(...c)] })) })) },
  { weight: 1, arbitrary: inline.map((c) => ({ type: 'blockquote', attrs: { attribution: 'X' }, content: [p(...c)] })) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'figure', attrs: { caption: 'Bild' } }) },
);
const body = fc.array(block, { minLength: 1, maxLength: 6 }).map((content): BodyDoc => ({ type: 'doc', content }));
const anchor = fc.record({ kind: fc.constant('body' as const), from: fc.nat(400), to: fc.nat(400), quote: fc.string({ maxLength: 12 }), orphaned: fc.option(fc.boolean(), { nil: undefined }) });

/** Every occurrence of `quote` in the body, as document ranges. */
function occurrences(doc: BodyDoc, quote: string): Array<{ from: number; to: number }> {
  const t = bodyTextPositions(doc);
  const out: Array<{ from: number; to: number }> = [];
  for (let i = t.text.indexOf(quote); quote && i !== -1; i = t.text.indexOf(quote, i + 1)) out.push({ from: t.starts[i]!, to: t.ends[i + quote.length - 1]! });
  return out;
}

describe('bodyTextPositions', () => {
  it('gives ProseMirror positions and the editor quote text (one space between blocks, nothing for a line break)', () => {
    const doc: BodyDoc = { type: 'doc', content: [p(text('ab')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('c'), { type: 'hardBreak' }, text('d'))] }] }] };
    const t = bodyTextPositions(doc);
    expect(t.text).toBe('ab cd');
    // p(0) a1 b2 /p(3..4); ul(4) li(5) p(6) c7 br8 d9 /p /li /ul
    expect(t.starts).toEqual([1, 2, 3, 7, 9]);
    expect(t.ends).toEqual([2, 3, 7, 8, 10]);
    expect(t.size).toBe(13);
  });
});

describe('relocateAnchor (property)', () => {
  it('always answers an anchor the comment schema accepts, inside the body', () => {
    fc.assert(
      fc.property(body, anchor, (doc, a) => {
        const placed = relocateAnchor(a, bodyTextPositions(doc));
        expect(commentAnchorSchema.safeParse(placed).success).toBe(true);
        expect(placed.to).toBeLessThanOrEqual(bodyTextPositions(doc).size);
        expect(placed.quote).toBe(a.quote);
      }),
      { numRuns: 400 },
    );
  });

  it('finds a quote taken from the body, at the occurrence nearest to the old position', () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(12), fc.nat(400), (doc, start, length, oldFrom) => {
        const t = bodyTextPositions(doc);
        fc.pre(t.text.length > 0);
        const i = start % t.text.length;
        const quote = t.text.slice(i, i + 1 + length);
        const placed = relocateAnchor({ kind: 'body', from: oldFrom, to: oldFrom + 1, quote, orphaned: true }, t);
        const found = occurrences(doc, quote);
        expect(placed.orphaned).toBeUndefined();
        expect(found).toContainEqual({ from: placed.from, to: placed.to });
        for (const o of found) expect(Math.abs(placed.from - oldFrom)).toBeLessThanOrEqual(Math.abs(o.from - oldFrom));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a thread whose quote is gone, orphaned at its old place', () => {
    fc.assert(
      fc.property(body, fc.nat(400), (doc, from) => {
        const t = bodyTextPositions(doc);
        const quote = 'zzz-not-there';
        const placed = relocateAnchor({ kind: 'body', from, to: from + 3, quote }, t);
        expect(placed).toEqual({ kind: 'body', from: Math.min(from, t.size), to: Math.min(from, t.size), quote, orphaned: true });
      }),
    );
  });

  it('moves a quote that moved: a paragraph inserted before it', () => {
    const before: BodyDoc = { type: 'doc', content: [p(text('Der Rat tagt.'))] };
    const after: BodyDoc = { type: 'doc', content: [p(text('Neu.')), p(text('Der Rat tagt.'))] };
    const a: BodyAnchor = { kind: 'body', from: 5, to: 8, quote: 'Rat' };
    expect(relocateAnchor(a, bodyTextPositions(before))).toEqual(a);
    expect(relocateAnchor(a, bodyTextPositions(after))).toEqual({ kind: 'body', from: 11, to: 14, quote: 'Rat' });
  });
});
