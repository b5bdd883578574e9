import { Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    adSlot: { insertAdSlot: (attrs?: { slotId?: string | null; size?: string | null }) => ReturnType };
  }
}

/** A manual ad marker the editor places and moves in the body; the placement engine fills it. */
export const AdSlot = Node.create({
  name: 'adSlot',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return { slotId: { default: null }, size: { default: null } };
  },

  parseHTML() {
    return [{ tag: 'div[data-ad-slot]', getAttrs: (el) => ({ slotId: (el as HTMLElement).getAttribute('data-slot-id') || null }) }];
  },

  renderHTML({ node }) {
    const attrs: Record<string, string> = { 'data-ad-slot': '', class: 'ad-slot-marker', role: 'note' };
    if (node.attrs.slotId) attrs['data-slot-id'] = String(node.attrs.slotId);
    return ['div', attrs, 'Anzeige'];
  },

  addCommands() {
    return {
      insertAdSlot:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { slotId: attrs?.slotId ?? null, size: attrs?.size ?? null } }),
    };
  },
});
