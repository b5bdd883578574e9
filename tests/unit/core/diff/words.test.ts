import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSides, diffWords, sideBySide, tokenizeWords, type DiffPart } from '../../../../core/diff/words';

const words = (parts: DiffPart[], op: DiffPart['op']) => parts.filter((p) => p.op === op).flatMap((p) => tokenizeWords(p.text).filter((t) => /\S/.test(t)));

describe('diffWords', () => {
  it('marks exactly the one replaced word', () => {
    const parts = diffWords('Der Stadtrat beschließt heute den Radweg.', 'Der Stadtrat beschließt morgen den Radweg.');
    expect(parts).toEqual([
      { op: 'equal', text: 'Der Stadtrat beschließt ' },
      { op: 'delete', text: 'heute' },
      { op: 'insert', text: 'morgen' },
      { op: 'equal', text: ' den Radweg.' },
    ]);
  });

  it('marks inserted and deleted words and nothing else', () => {
    const parts = diffWords('Die Polizei sagte am Abend, niemand sei verletzt.', 'Die Polizei sagte am späten Abend, zwei Menschen seien verletzt.');
    expect(words(parts, 'delete')).toEqual(['niemand', 'sei']);
    expect(words(parts, 'insert')).toEqual(['späten', 'zwei', 'Menschen', 'seien']);
  });

  it('shows a phrase replaced by a longer one as one change, not interleaved with spaces', () => {
    expect(diffWords('a b c', 'a x y c')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b' },
      { op: 'insert', text: 'x y' },
      { op: 'equal', text: ' c' },
    ]);
  });

  it('treats a word with changed punctuation or case as a changed word', () => {
    expect(words(diffWords('Es regnet.', 'Es regnet!'), 'insert')).toEqual(['!']);
    expect(words(diffWords('in Berlin', 'in berlin'), 'delete')).toEqual(['Berlin']);
    expect(tokenizeWords('E-Mail, 3,5 Mio.')).toEqual(['E-Mail', ',', ' ', '3,5', ' ', 'Mio', '.']);
  });

  it('always rebuilds the old text from equal+delete and the new from equal+insert', () => {
    const text = fc.array(fc.constantFrom('Haus', 'Maus', 'und', ' ', '  ', '.', ',', '„', '“', '\n', 'Straße'), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffWords(a, b);
        expect(diffSides(parts)).toEqual({ before: a, after: b });
        if (a === b) expect(parts.every((p) => p.op === 'equal')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('splits into two columns for a side-by-side view', () => {
    const { before, after } = sideBySide(diffWords('eins zwei drei', 'eins vier drei'));
    expect(before).toEqual([{ op: 'equal', text: 'eins ' }, { op: 'delete', text: 'zwei' }, { op: 'equal', text: ' drei' }]);
    expect(after).toEqual([{ op: 'equal', text: 'eins ' }, { op: 'insert', text: 'vier' }, { op: 'equal', text: ' drei' }]);
  });
});
