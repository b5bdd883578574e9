import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Slice } from '@tiptap/pm/model';
import type { BodyNode } from '../../../../core/article/body-schema';
import { tidyBlocks } from '../../../../core/text/tidy-blocks';

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
          transformPasted(slice) {
            const nodes = (slice.content.toJSON() ?? []) as BodyNode[];
            const open = { start: slice.openStart > 0, end: slice.openEnd > 0 };
            const tidied = tidyBlocks(nodes, open);
            if (tidied.length === 0) return Slice.empty;
            const fitted = Slice.maxOpen(Slice.fromJSON(schema, { content: tidied }).content, true);
            return new Slice(fitted.content, Math.min(slice.openStart, fitted.openStart), Math.min(slice.openEnd, fitted.openEnd));
          },
        },
      }),
    ];
  },
});
