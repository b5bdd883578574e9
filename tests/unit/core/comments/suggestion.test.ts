import { Schema } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { mapThreads } from '../../../../core/comments/anchor-mapping';
import { createSuggestion, isSuggestion, openSuggestions, reviseSuggestion, settleSuggestion, suggestionSummary } from '../../../../core/comments/suggestion';
import { addReply, commentThreadSchema, createThread } from '../../../../core/comments/thread';

const NOW = new Date('2026-05-04T10:00:00.000Z');
const schema = new Schema({ nodes: { doc: { content: 'block+' }, paragraph: { group: 'block', content: 'text*' }, text: {} } });
const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Der Hafen von Hamburg')])]);

describe('suggestions', () => {
  it('are comment threads carrying the change, readable as a comment by any app', () => {
    const replace = createSuggestion({ kind: 'body', from: 15, to: 22, quote: 'Hamburg' }, { id: 'sugg-1', author: 'Petra', now: NOW, insert: 'Bremen' });
    expect(commentThreadSchema.parse(replace)).toEqual(replace);
    expect(replace).toMatchObject({ text: '“Hamburg” → “Bremen”', resolved: null, suggestion: { insert: 'Bremen' } });
    expect(isSuggestion(replace)).toBe(true);
    expect(isSuggestion(createThread({ kind: 'body', from: 1, to: 4, quote: 'Der' }, { id: 'comm-1', author: 'P', text: 'Hm', now: NOW }))).toBe(false);
    expect(suggestionSummary('weg', '')).toBe('− “weg”');
    expect(suggestionSummary('', 'neu')).toBe('+ “neu”');
    expect(suggestionSummary('x'.repeat(5000), 'y'.repeat(5000)).length).toBeLessThanOrEqual(5000);
  });

  it('refuse a change that changes nothing or runs backwards', () => {
    expect(() => createSuggestion({ kind: 'body', from: 3, to: 3, quote: '' }, { id: 'sugg-2', author: 'P', now: NOW, insert: '' })).toThrow(RangeError);
    expect(() => createSuggestion({ kind: 'body', from: 5, to: 3, quote: '' }, { id: 'sugg-2', author: 'P', now: NOW, insert: 'a' })).toThrow(RangeError);
  });

  it('keep the context of an insertion point only, grow while typed, and stay settled after a reply', () => {
    const point = createSuggestion({ kind: 'body', from: 5, to: 5, quote: '' }, { id: 'sugg-3', author: 'P', now: NOW, insert: 'g', before: 'Der ' });
    expect(point.suggestion).toEqual({ insert: 'g', before: 'Der ' });
    const grown = reviseSuggestion(point, point.anchor, 'große ', 'Der ');
    expect(grown).toMatchObject({ id: 'sugg-3', createdAt: NOW.toISOString(), text: '+ “große ”' });
    const settled = settleSuggestion(grown, 'accepted', 'Erik', new Date('2026-05-04T11:00:00.000Z'));
    expect(settled.resolved).toEqual({ by: 'Erik', at: '2026-05-04T11:00:00.000Z' });
    expect(() => reviseSuggestion(settled, settled.anchor, 'später')).toThrow(RangeError);
    expect(addReply(settled, { id: 'reply-1', author: 'P', text: 'Danke', now: NOW }).resolved).not.toBeNull();
    expect(openSuggestions([settled, point])).toEqual([point]);
  });

  it('move with edits: an insertion point as a point, a deleted range detached', () => {
    const point = createSuggestion({ kind: 'body', from: 5, to: 5, quote: '' }, { id: 'sugg-4', author: 'P', now: NOW, insert: 'alte ' });
    const range = createSuggestion({ kind: 'body', from: 15, to: 22, quote: 'Hamburg' }, { id: 'sugg-5', author: 'P', now: NOW, insert: 'Kiel' });
    const typed = new Transform(doc).insert(1, schema.text('Ja. '));
    const [p1, r1] = mapThreads([point, range], typed.mapping);
    expect(p1!.anchor).toMatchObject({ from: 9, to: 9 });
    expect(p1!.anchor.kind === 'body' && p1!.anchor.orphaned).toBeFalsy();
    expect(typed.doc.textBetween(r1!.anchor.kind === 'body' ? r1!.anchor.from : 0, r1!.anchor.kind === 'body' ? r1!.anchor.to : 0)).toBe('Hamburg');
    const cut = new Transform(doc).delete(15, 22);
    expect(mapThreads([range], cut.mapping)[0]!.anchor).toMatchObject({ orphaned: true });
  });
});
