import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import type { BodyNode } from '../../../../core/article/body-schema';
import { tidyInlineSpaces } from '../../../../core/text/block-whitespace';
import { tidyBlocks } from '../../../../core/text/tidy-blocks';

/**
 * How far a pasted list or table at the slice's edge may open. Opened fully, a list's first item
 * runs into the paragraph at the cursor ("reden.Innenstadt"), so a table never opens and a list
 * only inside a list item, and only as far as its items: they become items next to it.
 */
function wholeBlocksOpen(edge: BodyNode | undefined, view: EditorView, open: number): number {
  if (edge?.type === 'table') return 0;
  if (!isList(edge)) return open;
  return inListItem(view) ? Math.min(open, 1) : 0;
}

const isList = (node: BodyNode | undefined): boolean => node?.type === 'bulletList' || node?.type === 'orderedList';

function inListItem(view: EditorView): boolean {
  const { $from } = view.state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === 'listItem') return true;
  return false;
}

/**
 * The last step of every paste, after ProseMirror has mapped the cleaned HTML onto the schema:
 * no-break space runs, empty blocks and stray line breaks go (core/text/tidy-blocks). It works
 * on the parsed slice, so it also catches what only appears after parsing.
 */
export const PasteTidy = Extension.create({
  name: 'pasteTidy',
  addProseMirrorPlugins() {
    const schema = this.editor.schema;
    return [
      new Plugin({
        key: new PluginKey('pasteTidy'),
        props: {
          transformPasted(slice, view) {
            const nodes = (slice.content.toJSON() ?? []) as BodyNode[];
            const open = { start: slice.openStart > 0, end: slice.openEnd > 0 };
            // Pasted into a paragraph, the slice may be inline content only: spaces tidied; only spaces is nothing.
            if (nodes.every((n) => n.type === 'text' || n.type === 'hardBreak')) {
              const inline = tidyInlineSpaces(nodes, { start: true, end: true });
              const visible = inline.some((n) => n.type === 'text' && /[^\s\u00a0]/.test(n.text ?? ''));
              return visible ? new Slice(Fragment.fromJSON(schema, inline), slice.openStart, slice.openEnd) : Slice.empty;
            }
            const tidied = tidyBlocks(nodes, open);
            if (tidied.length === 0) return Slice.empty;
            // Only a list pasted into a list item: its items join the list, next to the item.
            if (tidied.length === 1 && isList(tidied[0]) && inListItem(view)) return new Slice(Fragment.fromJSON(schema, tidied[0]!.content ?? []), 0, 0);
            const fitted = Slice.maxOpen(Slice.fromJSON(schema, { content: tidied }).content, true);
            return new Slice(fitted.content, wholeBlocksOpen(tidied[0], view, Math.min(slice.openStart, fitted.openStart)), wholeBlocksOpen(tidied[tidied.length - 1], view, Math.min(slice.openEnd, fitted.openEnd)));
          },
        },
      }),
    ];
  },
});
