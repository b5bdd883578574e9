import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindOptions, TextMatch } from '../../../../core/text/find-matches';
import { bodyMatches } from './body-matches';

export interface FindState {
  query: string;
  options: FindOptions;
  matches: TextMatch[];
  /** The match the find bar is on, when it is in the body. */
  current: TextMatch | null;
  decorations: DecorationSet;
}

type Meta = Partial<Pick<FindState, 'query' | 'options' | 'current'>>;

const key = new PluginKey<FindState>('findHighlight');
const empty: FindState = { query: '', options: { matchCase: false, wholeWord: false }, matches: [], current: null, decorations: DecorationSet.empty };

function decorate(state: EditorState, matches: TextMatch[], current: TextMatch | null): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m) => Decoration.inline(m.from, m.to, { class: current && current.from === m.from && current.to === m.to ? 'find-match find-current' : 'find-match' })),
  );
}

/** Highlights the find bar's matches in the body (decorations: never saved, never undone). */
export const FindHighlight = Extension.create({
  name: 'findHighlight',
  addProseMirrorPlugins: () => [
    new Plugin<FindState>({
      key,
      state: {
        init: () => empty,
        apply(tr, prev, _old, state) {
          const meta = tr.getMeta(key) as Meta | undefined;
          if (!meta && !tr.docChanged) return prev;
          const next = { ...prev, ...meta };
          if (next.query === '') return { ...empty, options: next.options };
          const matches = meta?.query !== undefined || meta?.options || tr.docChanged ? bodyMatches(state.doc, next.query, next.options) : prev.matches;
          return { ...next, matches, decorations: decorate(state, matches, next.current) };
        },
      },
      props: { decorations: (state) => key.getState(state)?.decorations },
    }),
  ],
});

export const findState = (state: EditorState): FindState => key.getState(state) ?? empty;
export const setFind = (tr: Transaction, meta: Meta) => tr.setMeta(key, meta).setMeta('addToHistory', false);
