import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

type Meta = { add: { id: string; pos: number; dom: HTMLElement } } | { remove: string };

const key = new PluginKey<DecorationSet>('uploadPlaceholders');

/**
 * Where images being uploaded will go: widget decorations, not nodes, so a placeholder is never
 * saved, never in the undo history, and follows the text typed around it (ProseMirror's upload
 * example). A widget whose surroundings are deleted disappears, and its image is then dropped.
 */
export const uploadPlaceholders = () =>
  new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc);
        const meta = tr.getMeta(key) as Meta | undefined;
        if (meta && 'add' in meta) {
          const { id, pos, dom } = meta.add;
          next = next.add(tr.doc, [Decoration.widget(pos, dom, { id, key: id })]);
        } else if (meta) {
          next = next.remove(next.find(undefined, undefined, (spec) => spec.id === meta.remove));
        }
        return next;
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });

export const addPlaceholder = (tr: Transaction, id: string, pos: number, dom: HTMLElement) => tr.setMeta(key, { add: { id, pos, dom } } satisfies Meta);
export const removePlaceholder = (tr: Transaction, id: string) => tr.setMeta(key, { remove: id } satisfies Meta);

/** The placeholder's current position, or null once the text around it was deleted. */
export function placeholderPos(state: EditorState, id: string): number | null {
  const found = key.getState(state)?.find(undefined, undefined, (spec) => spec.id === id) ?? [];
  return found[0]?.from ?? null;
}
