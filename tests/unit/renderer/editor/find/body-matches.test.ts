// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { bodyMatches } from '../../../../../renderer/src/editor/find/body-matches';
import { bodyEditor, paragraph, text } from './editor-fixture';

const plain = { matchCase: false, wholeWord: false };
let editor: ReturnType<typeof bodyEditor>;
afterEach(() => editor.destroy());

describe('bodyMatches', () => {
  it('gives document positions that cover exactly the found text, in every block', () => {
    editor = bodyEditor(paragraph(text('Der Rat tagt.')), { type: 'heading', attrs: { level: 2 }, content: [text('Was der Rat will')] }, paragraph(text('Stadtrat')));
    const found = bodyMatches(editor.state.doc, 'rat', plain).map((m) => editor.state.doc.textBetween(m.from, m.to));
    expect(found).toEqual(['Rat', 'Rat', 'rat']);
    expect(bodyMatches(editor.state.doc, 'rat', { matchCase: false, wholeWord: true })).toHaveLength(2);
  });

  it('finds a word that is half bold, and nothing across a line break', () => {
    editor = bodyEditor(paragraph(text('Stadt', true), text('werke'), { type: 'hardBreak' }, text('Ende')));
    const [m] = bodyMatches(editor.state.doc, 'Stadtwerke', plain);
    expect(editor.state.doc.textBetween(m!.from, m!.to)).toBe('Stadtwerke');
    expect(bodyMatches(editor.state.doc, 'werkeEnde', plain)).toEqual([]);
  });
});
