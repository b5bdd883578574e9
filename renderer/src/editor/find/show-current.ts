import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { setFind } from './find-highlight';
import type { FoundMatch } from './find-model';

const FIELD_IDS = { headline: 'field-headline', teaser: 'field-teaser' } as const;

/**
 * Puts the find bar's current match in view without taking focus from the find bar: in the body
 * it is selected and highlighted; in the headline or teaser the field is outlined and the match
 * selected (visible once the field has focus, e.g. after Esc).
 */
export function showCurrent(editor: Editor | null, current: FoundMatch | null): void {
  for (const id of Object.values(FIELD_IDS)) document.getElementById(id)?.removeAttribute('data-find-current');
  const inBody = current?.field === 'body' ? { from: current.from, to: current.to } : null;
  if (editor && !editor.isDestroyed) {
    let tr = setFind(editor.state.tr, { current: inBody });
    if (inBody && inBody.to <= tr.doc.content.size) tr = tr.setSelection(TextSelection.create(tr.doc, inBody.from, inBody.to));
    editor.view.dispatch(tr);
    if (inBody) {
      const { node } = editor.view.domAtPos(inBody.from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'nearest' });
    }
  }
  if (current && current.field !== 'body') {
    const field = document.getElementById(FIELD_IDS[current.field]) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    field.dataset.findCurrent = 'true';
    field.setSelectionRange(current.from, current.to);
    field.scrollIntoView({ block: 'nearest' });
  }
}

/** Text selected where the find bar was opened from (body or a text field), to search for at once. */
export function selectedText(editor: Editor | null, active: Element | null): string {
  let text = '';
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  else if (editor && active && editor.view.dom.contains(active)) text = editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, '\n');
  return text.includes('\n') ? '' : text;
}
