// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../../../../core/article/article';
import { findState, setFind } from '../../../../../renderer/src/editor/find/find-highlight';
import { collectMatches } from '../../../../../renderer/src/editor/find/find-model';
import { canUndoReplaceAll, replaceAll, undoReplaceAll } from '../../../../../renderer/src/editor/find/replace-all';
import { bodyEditor, paragraph, text } from './editor-fixture';

const plain = { matchCase: false, wholeWord: true };
let editor: ReturnType<typeof bodyEditor>;
afterEach(() => editor.destroy());

/** The session's part replace all uses, with update() changing the draft as typing would. */
function session(headline: string, teaser: string) {
  const s = {
    draft: { headline, teaser } as ArticleFields,
    editor,
    update: <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => void (s.draft = { ...s.draft, [key]: value }),
  };
  return s;
}

describe('replace all', () => {
  it('highlights the body’s matches, replaces everywhere, and Ctrl+Z undoes the body in one step', () => {
    editor = bodyEditor(paragraph(text('Der Rat tagt.')), paragraph(text('Der '), text('Rat', true), text(' stimmt ab. Stadtrat')));
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Rat'); // typing just before: a separate undo step
    editor.view.dispatch(setFind(editor.state.tr, { query: 'Rat', options: plain }));
    expect(findState(editor.state).matches).toHaveLength(3);
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(3);

    const s = session('Rat tagt', 'Der Rat und der Stadtrat');
    const record = replaceAll(s, collectMatches(s.draft.headline, s.draft.teaser, findState(editor.state).matches, 'Rat', plain), 'Gemeinderat');
    expect(record.count).toBe(5);
    expect(s.draft.headline).toBe('Gemeinderat tagt');
    expect(s.draft.teaser).toBe('Der Gemeinderat und der Stadtrat');
    expect(editor.getText({ blockSeparator: '|' })).toBe('Der Gemeinderat tagt.|Der Gemeinderat stimmt ab. Stadtrat Gemeinderat');
    expect(editor.getJSON().content?.[1]?.content?.[1]).toMatchObject({ text: 'Gemeinderat', marks: [{ type: 'bold' }] });

    editor.commands.undo();
    expect(editor.getText({ blockSeparator: '|' })).toBe('Der Rat tagt.|Der Rat stimmt ab. Stadtrat Rat');
  });

  it('"Undo replace all" restores headline, teaser and body at once, until something else is edited', () => {
    editor = bodyEditor(paragraph(text('Der Rat tagt.')));
    editor.view.dispatch(setFind(editor.state.tr, { query: 'Rat', options: plain }));
    const s = session('Rat tagt', 'Der Rat');
    const record = replaceAll(s, collectMatches(s.draft.headline, s.draft.teaser, findState(editor.state).matches, 'Rat', plain), 'Senat');
    expect(canUndoReplaceAll(record, s)).toBe(true);
    undoReplaceAll(record, s);
    expect([s.draft.headline, s.draft.teaser, editor.getText()]).toEqual(['Rat tagt', 'Der Rat', 'Der Rat tagt.']);

    const again = replaceAll(s, collectMatches(s.draft.headline, s.draft.teaser, findState(editor.state).matches, 'Rat', plain), 'Senat');
    s.update('teaser', 'Neu getippt');
    expect(canUndoReplaceAll(again, s)).toBe(false);
  });
});
