import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { replaceMatches } from '../../../../core/text/find-matches';
import type { EditorSession } from '../editor-session';
import type { FoundMatch } from './find-model';

/** What "Undo replace all" needs: the fields before, and the state right after (to know nothing changed since). */
export interface ReplaceAllRecord {
  count: number;
  before: { headline: string; teaser: string };
  after: { headline: string; teaser: string; doc: PMNode | null };
}

type Session = Pick<EditorSession, 'draft' | 'editor' | 'update'>;

/** Replaces one body match in its own transaction (one undo step, marks of the match kept). */
export function replaceInBody(editor: Editor, m: FoundMatch, replacement: string): void {
  editor.view.dispatch(closeHistory(editor.state.tr.insertText(replacement, m.from, m.to)));
}

/**
 * Replaces every match: headline and teaser through the session's update (autosaved like
 * typing), the body in ONE transaction, closed off from the typing before it, so that Ctrl+Z in
 * the body undoes exactly the replacements there.
 */
export function replaceAll({ draft, editor, update }: Session, matches: readonly FoundMatch[], replacement: string): ReplaceAllRecord {
  const of = (field: FoundMatch['field']) => matches.filter((m) => m.field === field);
  const headline = replaceMatches(draft.headline, of('headline'), replacement);
  const teaser = replaceMatches(draft.teaser, of('teaser'), replacement);
  if (headline !== draft.headline) update('headline', headline);
  if (teaser !== draft.teaser) update('teaser', teaser);
  const body = of('body');
  if (editor && body.length > 0) {
    const tr = editor.state.tr;
    for (const m of [...body].reverse()) tr.insertText(replacement, m.from, m.to);
    editor.view.dispatch(closeHistory(tr));
  }
  return {
    count: matches.length,
    before: { headline: draft.headline, teaser: draft.teaser },
    after: { headline, teaser, doc: body.length > 0 && editor ? editor.state.doc : null },
  };
}

/** True while nothing was edited since the replace all (afterwards Ctrl+Z in each field is the way back). */
export function canUndoReplaceAll(record: ReplaceAllRecord, { draft, editor }: Session): boolean {
  return draft.headline === record.after.headline && draft.teaser === record.after.teaser && (record.after.doc === null || editor?.state.doc === record.after.doc);
}

/** Restores headline, teaser and body as they were before the replace all, in one action. */
export function undoReplaceAll(record: ReplaceAllRecord, { draft, editor, update }: Session): void {
  if (record.after.doc && editor) editor.commands.undo();
  if (draft.headline !== record.before.headline) update('headline', record.before.headline);
  if (draft.teaser !== record.before.teaser) update('teaser', record.before.teaser);
}
