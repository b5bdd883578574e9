import type { Editor } from '@tiptap/react';
import type { SuggestionThread } from '../../../../core/comments/suggestion';
import { ALLOW_IN_SUGGESTING } from './suggestion-plugin';

/**
 * Applies suggestions to the body as one normal, undoable edit (last in the text first, so the
 * earlier positions stay valid). Detached suggestions are left out. Returns those applied.
 */
export function applySuggestions(editor: Editor, suggestions: readonly SuggestionThread[]): SuggestionThread[] {
  const size = editor.state.doc.content.size;
  const applicable = suggestions.filter((s) => !s.anchor.orphaned && s.anchor.to <= size).sort((a, b) => b.anchor.from - a.anchor.from);
  if (applicable.length === 0) return [];
  const tr = editor.state.tr;
  let floor = Infinity;
  const applied: SuggestionThread[] = [];
  for (const s of applicable) {
    if (s.anchor.to > floor) continue; // overlaps one applied already
    const { from, to } = s.anchor;
    if (s.suggestion.insert) tr.insertText(s.suggestion.insert, from, to);
    else tr.delete(from, to);
    floor = from;
    applied.push(s);
  }
  editor.view.dispatch(tr.setMeta(ALLOW_IN_SUGGESTING, true).scrollIntoView());
  return applied;
}
