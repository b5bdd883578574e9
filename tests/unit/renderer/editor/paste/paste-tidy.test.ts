// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { cleanPastedHtml } from '../../../../../renderer/src/editor/paste-cleaning';
import { compactHtml } from './paste-harness';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

/** An editor holding `content` with the cursor at the end of its first block (or at `at`), then a paste. */
function pasteAtEndOfFirstBlock(content: string, html: string, at?: number): string {
  editor = new Editor({ extensions: bodyExtensions(), content, editorProps: { transformPastedHTML: cleanPastedHtml } });
  const end = editor.state.doc.firstChild!.nodeSize - 1;
  editor.commands.setTextSelection(at ?? end);
  editor.view.pasteHTML(html);
  return compactHtml(editor.getJSON());
}

describe('pasted lists and tables stay whole', () => {
  it('a list pasted at the end of a paragraph starts below it instead of running into it', () => {
    expect(pasteAtEndOfFirstBlock('<p>Beide wollen reden.</p>', '<ul><li>Innenstadt</li><li>Vororte</li></ul>')).toBe('<p>Beide wollen reden.</p><ul><li><p>Innenstadt</p></li><li><p>Vororte</p></li></ul><p></p>');
  });

  it('a table pasted in the middle of a text keeps the text before and after it', () => {
    const out = pasteAtEndOfFirstBlock('<p>Vorher</p><p>Nachher</p>', '<table><tr><td>Zelle 1</td><td>Zelle 2</td></tr></table>');
    expect(out).toBe('<p>Vorher</p><table><tr><td><p>Zelle 1</p></td><td><p>Zelle 2</p></td></tr></table><p>Nachher</p>');
  });

  it('list items pasted at the end of a list item become the items after it', () => {
    const out = pasteAtEndOfFirstBlock('<ul><li><p>Eins</p></li><li><p>Vier</p></li></ul>', '<ul><li>Zwei</li><li>Drei</li></ul>', 7); // 7: after "Eins"
    expect(out).toBe('<ul><li><p>Eins</p></li><li><p>Zwei</p></li><li><p>Drei</p></li><li><p>Vier</p></li></ul><p></p>');
  });

  it('text pasted inside a paragraph joins it, without its no-break padding', () => {
    expect(pasteAtEndOfFirstBlock('<p>Es gilt</p>', '<span>&nbsp;&nbsp;Paragraf&nbsp;3.&nbsp;</span>')).toBe('<p>Es gilt Paragraf&nbsp;3. </p>');
  });
});
