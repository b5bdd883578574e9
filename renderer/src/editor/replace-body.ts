import type { Editor } from '@tiptap/react';
import type { BodyDoc } from '../../../core/article/body-schema';
import { ALLOW_IN_SUGGESTING } from './suggestions/suggestion-plugin';

/**
 * Puts a colleague's body into the open editor: only the range that differs is replaced, so the
 * cursor and the scroll stay where the person is (unless that very text changed). Not undoable
 * here (Ctrl+Z undoes the person's own typing, not the colleague's), no save (it is stored
 * already), and let through suggesting mode (it is no edit of the person's).
 */
export function replaceBody(editor: Editor, body: BodyDoc): void {
  const next = editor.schema.nodeFromJSON(body);
  const { doc } = editor.state;
  const start = doc.content.findDiffStart(next.content);
  if (start === null) return;
  let { a: endOld, b: endNew } = doc.content.findDiffEnd(next.content) ?? { a: doc.content.size, b: next.content.size };
  // A repeated run of text can make the end found lie before the start: move both ends past it.
  const overlap = start - Math.min(endOld, endNew);
  if (overlap > 0) {
    endOld += overlap;
    endNew += overlap;
  }
  const tr = editor.state.tr.replace(start, endOld, next.slice(start, endNew));
  editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventUpdate', true).setMeta(ALLOW_IN_SUGGESTING, true));
}
