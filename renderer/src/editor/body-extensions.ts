import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Placeholder from '@tiptap/extension-placeholder';
import { isSafeLinkHref } from '../../../core/article/links';
import { AdSlot } from './extensions/ad-slot';
import { Figure } from './extensions/figure';
import { Quote } from './extensions/quote';
import { tableExtensions } from './extensions/table';
import { PasteTidy } from './paste/paste-tidy';

/**
 * The Tiptap extensions that make up the body schema of core/article/body-schema.ts, and
 * nothing more: pasted or typed content the schema does not know is dropped by ProseMirror's
 * parser. A unit test checks that the node and mark names equal the schema table.
 */
export function bodyExtensions(options: { placeholder?: string; figure?: AnyExtension; quote?: AnyExtension } = {}): AnyExtension[] {
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      blockquote: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isSafeLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    options.quote ?? Quote,
    options.figure ?? Figure,
    AdSlot,
    ...tableExtensions,
    PasteTidy,
  ];
  if (options.placeholder) extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  return extensions;
}
