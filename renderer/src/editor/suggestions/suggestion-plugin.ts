import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { isSuggestion, type SuggestionThread } from '../../../../core/comments/suggestion';
import type { CommentThread } from '../../../../core/comments/thread';
import { suggestDelete, suggestText, type SuggestEdit } from './suggest-edit';

export const suggestionKey = new PluginKey<DecorationSet>('suggestions');
/** Set on a transaction that may change the body in suggesting mode (accepting a suggestion). */
export const ALLOW_IN_SUGGESTING = 'copydesk-suggestion-accept';

export interface SuggestionPluginOptions {
  /** Whether edits become suggestions right now. */
  suggesting(): boolean;
  threads(): readonly CommentThread[];
  me(): string;
  newId(): string;
  /** Stores what a keystroke suggested (the document itself never changes here). */
  apply(edit: SuggestEdit): void;
  /** The tooltip of a suggestion: who suggested it, when. */
  label(thread: SuggestionThread): string;
  /** A change that cannot be suggested was held back. */
  heldBack(): void;
}

/** Open suggestions as marks on the text: struck-through deletions, inserted text as a widget. */
export function suggestionDecorations(doc: PmNode, threads: readonly CommentThread[], label: (t: SuggestionThread) => string): DecorationSet {
  const size = doc.content.size;
  const out: Decoration[] = [];
  for (const t of threads) {
    if (!isSuggestion(t) || t.resolved !== null || t.anchor.orphaned || t.anchor.to > size) continue;
    const title = label(t);
    if (t.anchor.to > t.anchor.from) out.push(Decoration.inline(t.anchor.from, t.anchor.to, { class: 'suggestion-delete', title, 'data-suggestion': t.id }));
    if (t.suggestion.insert) {
      const text = t.suggestion.insert;
      const widget = () => {
        const span = document.createElement('ins');
        span.className = 'suggestion-insert';
        span.title = title;
        span.dataset.suggestion = t.id;
        span.textContent = text;
        return span;
      };
      out.push(Decoration.widget(t.anchor.to, widget, { side: -1, key: `${t.id}:${text}`, ignoreSelection: true }));
    }
  }
  return DecorationSet.create(doc, out);
}

/**
 * Suggesting mode: typing, Backspace/Delete and paste do not change the body; they create or
 * extend the person's suggestion (the cursor moves as if they had typed). Any other change of
 * the body (formatting, drops, input rules) is held back, except an accepted suggestion.
 */
export function suggestionPlugin(o: SuggestionPluginOptions): Plugin<DecorationSet> {
  const run = (view: EditorView, edit: SuggestEdit) => {
    o.apply(edit);
    const { doc } = view.state;
    const at = Math.max(0, Math.min(edit.cursor, doc.content.size));
    const tr = view.state.tr.setMeta(suggestionKey, suggestionDecorations(doc, o.threads(), o.label)).setMeta('addToHistory', false);
    view.dispatch(tr.setSelection(TextSelection.near(doc.resolve(at))));
    return true;
  };
  const typed = (view: EditorView, text: string) => text.length > 0 && run(view, suggestText(view.state, o.threads(), o.me(), text, o.newId));
  return new Plugin<DecorationSet>({
    key: suggestionKey,
    state: {
      init: (_, state: EditorState) => suggestionDecorations(state.doc, o.threads(), o.label),
      apply: (tr, set) => tr.getMeta(suggestionKey) ?? set.map(tr.mapping, tr.doc),
    },
    filterTransaction: (tr) => {
      const held = tr.docChanged && o.suggesting() && !tr.getMeta(ALLOW_IN_SUGGESTING);
      if (held) o.heldBack();
      return !held;
    },
    props: {
      decorations: (state) => suggestionKey.getState(state),
      handleKeyDown(view, event) {
        if (!o.suggesting() || event.isComposing) return false;
        if (event.key === 'Backspace' || event.key === 'Delete') return run(view, suggestDelete(view.state, o.threads(), o.me(), event.key === 'Backspace' ? -1 : 1, o.newId));
        if (event.key === 'Enter') {
          o.heldBack(); // a new paragraph is not suggested
          return true;
        }
        return false;
      },
      handleKeyPress(view, event) {
        if (!o.suggesting() || event.ctrlKey || event.metaKey || event.key.length !== 1) return false;
        return typed(view, event.key);
      },
      handleTextInput: (view, _from, _to, text) => o.suggesting() && typed(view, text),
      handlePaste(view, event, slice) {
        if (!o.suggesting()) return false;
        const plain = event.clipboardData?.getData('text/plain') || slice.content.textBetween(0, slice.content.size, ' ');
        typed(view, plain.replace(/\s*\n+\s*/g, ' '));
        return true;
      },
      handleDrop: () => o.suggesting() && (o.heldBack(), true),
      handleDOMEvents: {
        // Whatever else would change the text in place (spelling fixes, cut) waits for a suggestion instead.
        beforeinput: (_view, event) => {
          if (o.suggesting() && !event.isComposing) event.preventDefault();
          return false;
        },
      },
    },
  });
}
