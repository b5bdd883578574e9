import fc from 'fast-check';
import { Schema, type Node } from '@tiptap/pm/model';
import { Mapping, StepMap, Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { mapAnchor, mapThreads } from '../../../../core/comments/anchor-mapping';
import { createThread, type BodyAnchor, type CommentAnchor } from '../../../../core/comments/thread';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*' },
    text: {},
  },
});

const docOf = (...paragraphs: string[]) => schema.node('doc', null, paragraphs.map((p) => schema.node('paragraph', null, p ? [schema.text(p)] : [])));
const anchoredText = (doc: Node, a: BodyAnchor) => doc.textBetween(a.from, a.to, '\n');

/** Positions inside textblocks, where text can be typed. */
function inlinePositions(doc: Node): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) out.push(p);
    return !node.isTextblock;
  });
  return out;
}

const NOW = new Date('2026-05-04T10:00:00.000Z');

describe('mapAnchor', () => {
  const doc = docOf('Der Stadtrat beschließt den Radweg.', 'Die Kosten trägt das Land.');
  // "Stadtrat" is at positions 5..13 (paragraph opens at 0, text starts at 1).
  const anchor: BodyAnchor = { kind: 'body', from: 5, to: 13, quote: 'Stadtrat' };

  it('follows its text when something is typed before it', () => {
    const tr = new Transform(doc).insert(1, schema.text('Heute: '));
    const mapped = mapAnchor(anchor, tr.mapping) as BodyAnchor;
    expect(anchoredText(tr.doc, mapped)).toBe('Stadtrat');
  });

  it('does not grow when text is typed right at its edges', () => {
    const tr = new Transform(doc).insert(13, schema.text('X')).insert(5, schema.text('Y'));
    const mapped = mapAnchor(anchor, tr.mapping) as BodyAnchor;
    expect(anchoredText(tr.doc, mapped)).toBe('Stadtrat');
  });

  it('shrinks with a partial deletion and stays attached', () => {
    const tr = new Transform(doc).delete(9, 20);
    const mapped = mapAnchor(anchor, tr.mapping) as BodyAnchor;
    expect(mapped.orphaned).toBeUndefined();
    expect(anchoredText(tr.doc, mapped)).toBe('Stad');
  });

  it('becomes orphaned, keeping its quote, when its whole text is deleted, and stays so', () => {
    const tr = new Transform(doc).delete(2, 20);
    const mapped = mapAnchor(anchor, tr.mapping);
    expect(mapped).toEqual({ kind: 'body', from: 2, to: 2, quote: 'Stadtrat', orphaned: true });
    const later = mapAnchor(mapped, new Transform(tr.doc).insert(1, schema.text('Neu ')).mapping);
    expect(later).toMatchObject({ orphaned: true, from: 6, to: 6, quote: 'Stadtrat' });
  });

  it('leaves field and ad slot anchors alone', () => {
    const mapping = new Mapping([new StepMap([0, 0, 10])]);
    const field: CommentAnchor = { kind: 'field', field: 'headline' };
    const slot: CommentAnchor = { kind: 'adSlot', slotId: 'mid-1' };
    expect(mapAnchor(field, mapping)).toBe(field);
    expect(mapAnchor(slot, mapping)).toBe(slot);
  });

  it('maps every thread of an article through one edit', () => {
    const threads = [
      createThread(anchor, { id: 'thread-1', author: 'Ben', text: 'Wer genau?', now: NOW }),
      createThread({ kind: 'field', field: 'teaser' }, { id: 'thread-2', author: 'Ben', text: 'Zu lang.', now: NOW }),
    ];
    const tr = new Transform(doc).insert(1, schema.text('Eilmeldung: '));
    const [body, field] = mapThreads(threads, tr.mapping);
    expect(anchoredText(tr.doc, body!.anchor as BodyAnchor)).toBe('Stadtrat');
    expect(field).toBe(threads[1]);
  });

  it('keeps the anchored text identical through random inserts and deletes outside the range (property)', () => {
    const edit = fc.record({ insert: fc.boolean(), a: fc.nat(), b: fc.nat(), text: fc.constantFrom('x', 'neu ', 'Köln', 'ab cd') });
    const scenario = fc.record({
      paragraphs: fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'ü', ' ', '.'), minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
      start: fc.nat(),
      length: fc.nat(),
      edits: fc.array(edit, { maxLength: 12 }),
    });
    fc.assert(
      fc.property(scenario, ({ paragraphs, start, length, edits }) => {
        const initial = docOf(...paragraphs);
        const positions = inlinePositions(initial);
        const from = positions[start % positions.length]!;
        const candidates = positions.filter((p) => p > from);
        fc.pre(candidates.length > 0);
        const to = candidates[length % candidates.length]!;
        const quote = anchoredText(initial, { kind: 'body', from, to, quote: '' });
        fc.pre(quote.length > 0);

        let anchor: BodyAnchor = { kind: 'body', from, to, quote };
        let doc = initial;
        for (const e of edits) {
          const tr = new Transform(doc);
          const spots = inlinePositions(doc);
          // Only edits that stay outside the anchored range (touching its edges is allowed).
          const outside = spots.filter((p) => p <= anchor.from || p >= anchor.to);
          const p = outside[e.a % outside.length]!;
          if (e.insert) tr.insert(p, schema.text(e.text));
          else {
            const sameSide = outside.filter((q) => q > p && (p >= anchor.to || q <= anchor.from));
            if (sameSide.length === 0) continue;
            tr.delete(p, sameSide[e.b % sameSide.length]!);
          }
          anchor = mapAnchor(anchor, tr.mapping) as BodyAnchor;
          doc = tr.doc;
        }
        expect(anchor.orphaned).toBeUndefined();
        expect(anchoredText(doc, anchor)).toBe(quote);
      }),
      { numRuns: 300 },
    );
  });
});
