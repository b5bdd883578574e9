import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: { src: string; mediaId: string | null; alt?: string }) => ReturnType;
    };
  }
}

/** An inline image of the body with caption and credit (core/article/body-schema: figure). */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: '' },
      mediaId: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => {
          const img = (el as HTMLElement).querySelector('img');
          if (!img) return false;
          return {
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt') ?? '',
            caption: (el as HTMLElement).querySelector('figcaption')?.textContent?.trim() ?? '',
            credit: (el as HTMLElement).getAttribute('data-credit') ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => ({ src: (el as HTMLElement).getAttribute('src') ?? '', alt: (el as HTMLElement).getAttribute('alt') ?? '' }),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes({ 'data-credit': node.attrs.credit }),
      ['img', { src: HTMLAttributes.src, alt: HTMLAttributes.alt }],
      ['figcaption', node.attrs.caption],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { alt: '', caption: '', credit: '', ...attrs } }),
    };
  },
});
