// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { afterEach, describe, expect, it } from 'vitest';
import { createSuggestion, isSuggestion, reviseSuggestion, type SuggestionThread } from '../../../../../core/comments/suggestion';
import type { CommentThread } from '../../../../../core/comments/thread';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { applySuggestions } from '../../../../../renderer/src/editor/suggestions/accept';
import { suggestionKey, suggestionPlugin } from '../../../../../renderer/src/editor/suggestions/suggestion-plugin';

const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Der Hafen von Hamburg' }] }] };
let editor: Editor | null = null;
afterEach(() => editor?.destroy());

/** An editor in suggesting mode whose suggestions land in `threads`, as the app's store keeps them. */
function suggestingEditor(me = 'Petra') {
  const threads: CommentThread[] = [];
  let n = 0;
  const state = { on: true, held: 0 };
  editor = new Editor({ extensions: bodyExtensions(), content: BODY });
  editor.registerPlugin(
    suggestionPlugin({
      suggesting: () => state.on,
      threads: () => threads,
      me: () => me,
      newId: () => `sugg-${++n}xx`,
      label: (t) => `by ${t.author}`,
      heldBack: () => void state.held++,
      apply: (edit) => {
        for (const c of edit.save) {
          const i = threads.findIndex((t) => t.id === c.threadId);
          const old = threads[i];
          const next = old && isSuggestion(old) ? reviseSuggestion(old, c.anchor, c.insert, c.before) : createSuggestion(c.anchor, { id: c.threadId, author: me, now: new Date(), insert: c.insert, ...(c.before ? { before: c.before } : {}) });
          if (i >= 0) threads[i] = next;
          else threads.push(next);
        }
        for (const id of edit.withdraw) threads.splice(threads.findIndex((t) => t.id === id), 1);
      },
    }),
    (p, ps) => [p, ...ps],
  );
  const view = editor.view as EditorView;
  const key = (k: string) => view.someProp('handleKeyDown', (f) => f(view, new KeyboardEvent('keydown', { key: k }))) || view.someProp('handleKeyPress', (f) => f(view, new KeyboardEvent('keypress', { key: k })));
  const type = (text: string) => [...text].forEach(key);
  return { editor, view, threads, type, key, state, text: () => editor!.state.doc.textContent };
}

describe('suggesting mode', () => {
  it('turns typing over a selection into one growing replacement; the body stays as it was', () => {
    const s = suggestingEditor();
    s.editor.commands.setTextSelection({ from: 15, to: 22 }); // "Hamburg"
    s.type('Bremen');
    expect(s.text()).toBe('Der Hafen von Hamburg');
    expect(s.threads).toHaveLength(1);
    expect(s.threads[0]).toMatchObject({ author: 'Petra', anchor: { from: 15, to: 22, quote: 'Hamburg' }, suggestion: { insert: 'Bremen' } });
    s.key('Backspace');
    expect((s.threads[0] as SuggestionThread).suggestion.insert).toBe('Breme');
    const html = s.view.dom.innerHTML;
    expect(html).toContain('class="suggestion-delete"');
    expect(html).toMatch(/<ins[^>]*class="suggestion-insert[^"]*"[^>]*>Breme<\/ins>/);
    expect(suggestionKey.getState(s.editor.state)!.find()).toHaveLength(2);
  });

  it('strikes through characters with Backspace and Delete, one growing deletion each way', () => {
    const s = suggestingEditor();
    s.editor.commands.setTextSelection(10); // after "Hafen"
    s.key('Backspace');
    s.key('Backspace');
    expect(s.threads.map((t) => t.anchor)).toEqual([{ kind: 'body', from: 8, to: 10, quote: 'en' }]);
    expect(s.editor.state.selection.from).toBe(8);
    s.editor.commands.setTextSelection(15);
    s.key('Delete');
    s.key('Delete');
    expect(s.threads[1]!.anchor).toMatchObject({ from: 15, to: 17, quote: 'Ha' });
    expect(s.text()).toBe('Der Hafen von Hamburg');
  });

  it('starts an insertion at the cursor with the text before it, and withdraws it when all of it is taken back', () => {
    const s = suggestingEditor();
    s.editor.commands.setTextSelection(5);
    s.type('alte ');
    expect(s.threads[0]).toMatchObject({ anchor: { from: 5, to: 5 }, suggestion: { insert: 'alte ', before: 'Der ' } });
    for (let i = 0; i < 5; i++) s.key('Backspace');
    expect(s.threads).toEqual([]);
  });

  it('holds back every other change of the body (formatting, commands), but not with suggesting off', () => {
    const s = suggestingEditor();
    s.editor.chain().setTextSelection({ from: 1, to: 4 }).toggleBold().run();
    s.editor.commands.insertContent('X');
    s.key('Enter');
    expect(s.editor.getJSON()).toEqual(BODY);
    expect(s.state.held).toBe(3); // the person is told each time why nothing happened
    s.state.on = false;
    s.editor.commands.insertContentAt(1, 'X');
    expect(s.text()).toBe('XDer Hafen von Hamburg');
  });

  it('accepts suggestions as one undoable edit, applied last-first so the positions hold', () => {
    const s = suggestingEditor();
    s.editor.commands.setTextSelection({ from: 15, to: 22 });
    s.type('Kiel');
    s.editor.commands.setTextSelection({ from: 1, to: 5 }); // "Der "
    s.key('Delete');
    s.state.on = false;
    const applied = applySuggestions(s.editor, s.threads.filter(isSuggestion));
    expect(applied).toHaveLength(2);
    expect(s.text()).toBe('Hafen von Kiel');
    s.editor.commands.undo();
    expect(s.text()).toBe('Der Hafen von Hamburg');
  });
});
