import { EditorContent, ReactNodeViewRenderer, useEditor, type Editor } from '@tiptap/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDoc } from '../../../core/article/body-schema';
import { bodyExtensions } from './body-extensions';
import { Figure } from './extensions/figure';
import { FigureView } from './extensions/FigureView';
import { Quote } from './extensions/quote';
import { QuoteView } from './extensions/QuoteView';
import { cleanPastedHtml } from './paste-cleaning';
import { BodyToolbar } from './BodyToolbar';

interface Props {
  initial: BodyDoc;
  labelId: string;
  onChange(doc: BodyDoc, text: string): void;
  onEditor?(editor: Editor): void;
  uploadImage(file: File): Promise<{ src: string; mediaId: string } | null>;
}

/** The rich-text body: Tiptap on the body schema, with a toolbar and markdown-style shortcuts. */
export function BodyEditor({ initial, labelId, onChange, onEditor, uploadImage }: Props) {
  const { t } = useTranslation();
  const extensions = useMemo(
    () =>
      bodyExtensions({
        placeholder: t('editor.placeholder'),
        figure: Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
        quote: Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
      }),
    [t],
  );
  const editor = useEditor(
    {
      extensions,
      content: initial,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          'aria-labelledby': labelId,
          'aria-multiline': 'true',
          role: 'textbox',
          class: 'body-editor',
          spellcheck: 'true',
        },
        transformPastedHTML: cleanPastedHtml,
      },
      onCreate: ({ editor: e }) => onEditor?.(e),
      onUpdate: ({ editor: e }) => onChange(e.getJSON() as BodyDoc, e.getText({ blockSeparator: '\n' })),
    },
    [extensions],
  );

  return (
    <div className="body-field">
      <BodyToolbar editor={editor} uploadImage={uploadImage} />
      <EditorContent editor={editor} />
    </div>
  );
}
