import { useEditorState } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FindOptions } from '../../../../core/text/find-matches';
import { useEditorSession } from '../editor-session';
import { findState, setFind } from './find-highlight';
import { collectMatches, indexAt, step, type FindCursor } from './find-model';
import { canUndoReplaceAll, replaceAll, replaceInBody, undoReplaceAll, type ReplaceAllRecord } from './replace-all';
import { selectedText, showCurrent } from './show-current';

/** State and actions of the find bar; the bar itself only renders them. */
export function useFind() {
  const session = useEditorSession();
  const { draft, editor, update } = session;
  const [open, setOpen] = useState<false | 'find' | 'replace'>(false);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [cursor, setCursor] = useState<FindCursor | null>(null);
  const [record, setRecord] = useState<ReplaceAllRecord | null>(null);
  const [opened, setOpened] = useState(0);
  const returnTo = useRef<Element | null>(null);
  const body = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? { matches: findState(e.state).matches, doc: e.state.doc } : null),
    equalityFn: (a, b) => a?.matches === b?.matches && a?.doc === b?.doc,
  });

  const searching = open ? query : '';
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(setFind(editor.state.tr, { query: searching, options }));
  }, [editor, searching, options]);
  const matches = useMemo(
    () => (searching ? collectMatches(draft.headline, draft.teaser, body?.matches ?? [], searching, options) : []),
    [draft.headline, draft.teaser, body?.matches, searching, options],
  );
  const index = indexAt(matches, cursor);
  const current = matches[index] ?? null;
  useEffect(() => showCurrent(editor, current), [editor, current?.field, current?.from, current?.to]); // eslint-disable-line react-hooks/exhaustive-deps -- the match's place, not its object

  const openBar = useCallback(
    (mode: 'find' | 'replace') => {
      const active = document.activeElement;
      if (!active?.closest('.find-bar')) returnTo.current = active;
      const picked = selectedText(editor, active);
      if (picked) setQuery(picked);
      setCursor(null);
      setOpen(mode);
      setOpened((n) => n + 1);
    },
    [editor],
  );
  const close = useCallback(() => {
    setOpen(false);
    setRecord(null);
    const back = returnTo.current;
    if (editor && back && editor.view.dom.contains(back)) editor.commands.focus();
    else if (back instanceof HTMLElement && back.isConnected) back.focus();
  }, [editor]);

  const canReplace = editor?.isEditable !== false;
  return {
    open, opened, query, replacement, options, matches, index, current, canReplace,
    openBar, close, setReplacement,
    setQuery: (q: string) => (setQuery(q), setCursor(null)),
    setOptions: (o: FindOptions) => (setOptions(o), setCursor(null)),
    go: (steps: number) => setCursor(step(matches, index, steps)),
    replaceOne: () => {
      if (!current) return;
      if (current.field === 'body') {
        if (editor) replaceInBody(editor, current, replacement);
      } else {
        const text = draft[current.field];
        update(current.field, text.slice(0, current.from) + replacement + text.slice(current.to));
      }
      setCursor({ field: current.field, at: current.from + replacement.length });
    },
    replaceAll: () => matches.length > 0 && setRecord(replaceAll(session, matches, replacement)),
    replacedCount: record?.count ?? null,
    canUndoAll: record !== null && canUndoReplaceAll(record, session),
    undoAll: () => {
      if (record) undoReplaceAll(record, session);
      setRecord(null);
    },
  };
}
