import Blockquote from '@tiptap/extension-blockquote';

/** Block quote with an attribution ("sagte Ministerin X"), as the body schema defines it. */
export const Quote = Blockquote.extend({
  addAttributes() {
    return {
      attribution: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-attribution') ?? el.querySelector('cite')?.textContent?.trim() ?? '',
        renderHTML: (attrs: { attribution?: string }) => (attrs.attribution ? { 'data-attribution': attrs.attribution } : {}),
      },
    };
  },
});
