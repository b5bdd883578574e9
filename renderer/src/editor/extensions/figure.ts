import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: { src: string; mediaId: string | null; alt?: string }) => ReturnType;
    };
  }
}

/**
 * Only images already in the app's media store are accepted from pasted HTML: a remote picture
 * would be a tracking pixel on the site and in every preview. Editors insert pictures through
 * "Inline image", which stores them first.
 */
const isLocalMedia = (src: string) => /^\/media\/[a-f0-9]{64}\.(png|jpg|gif|webp)$/.test(src);
const mediaIdOf = (src: string) => src.slice('/media/'.length);

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
          const src = img?.getAttribute('src') ?? '';
          if (!img || !isLocalMedia(src)) return false;
          return {
            src,
            mediaId: mediaIdOf(src),
            alt: img.getAttribute('alt') ?? '',
            caption: (el as HTMLElement).querySelector('figcaption')?.textContent?.trim() ?? '',
            credit: (el as HTMLElement).getAttribute('data-credit') ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (el) => {
          const src = (el as HTMLElement).getAttribute('src') ?? '';
          return isLocalMedia(src) ? { src, mediaId: mediaIdOf(src), alt: (el as HTMLElement).getAttribute('alt') ?? '' } : false;
        },
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
