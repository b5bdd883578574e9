import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { isSuggestion, SUGGESTION_CONTEXT_LENGTH, type SuggestionThread } from '../../../../core/comments/suggestion';
import type { BodyAnchor, CommentThread } from '../../../../core/comments/thread';

/** What one keystroke in suggesting mode does: suggestions to store or withdraw, and where the cursor goes. */
export interface SuggestEdit {
  save: Array<{ threadId: string; anchor: BodyAnchor; insert: string; before?: string }>;
  withdraw: string[];
  cursor: number;
}

const anchorOf = (doc: PmNode, from: number, to: number): BodyAnchor => ({ kind: 'body', from, to, quote: doc.textBetween(from, to, ' ').slice(0, 4000) });
const beforeOf = (doc: PmNode, at: number) => doc.textBetween(Math.max(0, at - 4 * SUGGESTION_CONTEXT_LENGTH), at, ' ').slice(-SUGGESTION_CONTEXT_LENGTH);

/** The person's open suggestions that still sit on their text. */
const mine = (threads: readonly CommentThread[], me: string): SuggestionThread[] =>
  threads.filter(isSuggestion).filter((t) => t.resolved === null && t.author === me && !t.anchor.orphaned);

/** The parts of [from, to] inside textblocks (a selection over several paragraphs is one deletion per paragraph). */
function textRanges(doc: PmNode, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const start = Math.max(from, pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size);
    if (end > start) out.push([start, end]);
    return false;
  });
  return out;
}

/** Typing (or pasting) `text`: the person's insertion at the cursor grows, or a new one starts (replacing a selection). */
export function suggestText(state: EditorState, threads: readonly CommentThread[], me: string, text: string, newId: () => string): SuggestEdit {
  const { from, to, empty } = state.selection;
  if (empty) {
    const growing = mine(threads, me).find((t) => t.anchor.to === from);
    if (growing) return { save: [{ threadId: growing.id, anchor: growing.anchor, insert: growing.suggestion.insert + text, ...(growing.suggestion.before ? { before: growing.suggestion.before } : {}) }], withdraw: [], cursor: from };
    return { save: [{ threadId: newId(), anchor: anchorOf(state.doc, from, from), insert: text, before: beforeOf(state.doc, from) }], withdraw: [], cursor: from };
  }
  const ranges = textRanges(state.doc, from, to);
  if (ranges.length === 0) return { save: [], withdraw: [], cursor: from };
  const last = ranges.length - 1;
  const save = ranges.map(([a, b], i) => ({ threadId: newId(), anchor: anchorOf(state.doc, a, b), insert: i === last ? text : '' }));
  return { save, withdraw: [], cursor: ranges[last]![1] };
}

/** Backspace (dir -1) or Delete (dir 1): a selection, the last typed character, or one more character struck through. */
export function suggestDelete(state: EditorState, threads: readonly CommentThread[], me: string, dir: -1 | 1, newId: () => string): SuggestEdit {
  const { from, to, empty } = state.selection;
  const none: SuggestEdit = { save: [], withdraw: [], cursor: from };
  if (!empty) {
    const ranges = textRanges(state.doc, from, to);
    return { save: ranges.map(([a, b]) => ({ threadId: newId(), anchor: anchorOf(state.doc, a, b), insert: '' })), withdraw: [], cursor: dir < 0 ? from : to };
  }
  const own = mine(threads, me);
  const typed = dir < 0 ? own.find((t) => t.anchor.to === from && t.suggestion.insert.length > 0) : undefined;
  if (typed) {
    const insert = Array.from(typed.suggestion.insert).slice(0, -1).join('');
    if (insert === '' && typed.anchor.from === typed.anchor.to) return { save: [], withdraw: [typed.id], cursor: from };
    return { save: [{ threadId: typed.id, anchor: typed.anchor, insert, ...(typed.suggestion.before ? { before: typed.suggestion.before } : {}) }], withdraw: [], cursor: from };
  }
  const $pos = state.doc.resolve(from);
  if (!$pos.parent.isTextblock) return none;
  const edge = dir < 0 ? $pos.parentOffset === 0 : $pos.parentOffset === $pos.parent.content.size;
  if (edge) return none; // joining paragraphs is not suggested
  const step = dir < 0 ? from - 1 : from + 1;
  // Text already struck through is stepped over.
  const struck = threads.filter(isSuggestion).find((t) => t.resolved === null && !t.anchor.orphaned && t.anchor.from <= Math.min(from, step) && t.anchor.to >= Math.max(from, step) && t.anchor.to > t.anchor.from);
  if (struck) return { ...none, cursor: dir < 0 ? struck.anchor.from : struck.anchor.to };
  const growing = own.find((t) => t.suggestion.insert === '' && (dir < 0 ? t.anchor.from === from : t.anchor.to === from));
  const [a, b] = growing ? (dir < 0 ? [step, growing.anchor.to] : [growing.anchor.from, step]) : dir < 0 ? [step, from] : [from, step];
  return { save: [{ threadId: growing?.id ?? newId(), anchor: anchorOf(state.doc, a, b), insert: '' }], withdraw: [], cursor: step };
}
