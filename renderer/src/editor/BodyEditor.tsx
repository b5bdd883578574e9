import { EditorContent, ReactNodeViewRenderer, useEditor, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDoc } from '../../../core/article/body-schema';
import { bodyExtensions } from './body-extensions';
import { Figure } from './extensions/figure';
import { FigureView } from './extensions/FigureView';
import { Quote } from './extensions/quote';
import { QuoteView } from './extensions/QuoteView';
import { cleanPastedHtml } from './paste-cleaning';
import { BodyToolbar } from './BodyToolbar';
import { ImageDrop } from './drop/image-drop';
import { UploadStatus } from './drop/UploadStatus';
import { useBodyUploads } from './drop/use-body-uploads';
import { FindHighlight } from './find/find-highlight';
import type { UploadImage } from './image-upload';

/** How long typing may run ahead of serialising the body (getJSON of a long article costs milliseconds). */
export const BODY_CHANGE_DEBOUNCE_MS = 200;

interface Props {
  initial: BodyDoc;
  labelId: string;
  onChange(doc: BodyDoc, text: string): void;
  /** Receives a function that hands over a pending change at once (before a save, on leaving). */
  registerFlush?(flush: () => void): void;
  onEditor?(editor: Editor): void;
  uploadImage: UploadImage;
  /** False for a reviewer on a site: the text can be selected (to comment on it) but not changed. */
  editable?: boolean;
  /** The article's language (not the UI's): spell-checking follows the article. */
  lang?: string;
}

/** The rich-text body: Tiptap on the body schema, with a toolbar and markdown-style shortcuts. */
export function BodyEditor({ initial, labelId, onChange, registerFlush, onEditor, uploadImage, editable = true, lang }: Props) {
  const { t } = useTranslation();
  // Dropped, pasted or chosen image files upload behind placeholders; typing goes on meanwhile.
  const uploads = useBodyUploads(uploadImage);
  const onFiles = useRef(uploads.onFiles);
  onFiles.current = uploads.onFiles;
  const extensions = useMemo(
    () => [
      ...bodyExtensions({
        placeholder: t('editor.placeholder'),
        figure: Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
        quote: Quote.extend({ addNodeView: () => ReactNodeViewRenderer(QuoteView) }),
      }),
      ImageDrop.configure({ onFiles: (files, pos) => editorRef.current && onFiles.current(editorRef.current, files, pos) }),
      FindHighlight,
    ],
    [t],
  );
  // The keystroke path only marks the body dirty; serialising it waits for a pause.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const emit = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const e = editorRef.current;
    if (e && !e.isDestroyed) onChangeRef.current(e.getJSON() as BodyDoc, e.getText({ blockSeparator: '\n' }));
  }, []);
  useEffect(() => {
    registerFlush?.(() => {
      if (pending.current) emit();
    });
  }, [registerFlush, emit]);
  // Leaving (another article, a reload): hand over what is pending first. This listener is
  // registered before the autosave's (child effects run first), so the journal gets it.
  useEffect(() => {
    const flushNow = () => {
      if (pending.current) emit();
    };
    window.addEventListener('beforeunload', flushNow);
    return () => {
      window.removeEventListener('beforeunload', flushNow);
      flushNow();
    };
  }, [emit]);

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
          ...(lang ? { lang } : {}),
        },
        transformPastedHTML: cleanPastedHtml,
      },
      onCreate: ({ editor: e }) => {
        editorRef.current = e;
        onEditor?.(e);
      },
      onUpdate: ({ editor: e }) => {
        editorRef.current = e;
        if (!pending.current) pending.current = setTimeout(emit, BODY_CHANGE_DEBOUNCE_MS);
      },
    },
    [extensions],
  );

  useEffect(() => {
    // The language select changes the attribute in place; the editor is not rebuilt for it.
    const props = editor?.options.editorProps;
    if (editor && !editor.isDestroyed && lang && props) editor.setOptions({ editorProps: { ...props, attributes: { ...(props.attributes as Record<string, string>), lang } } });
  }, [editor, lang]);

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false); // no update event: nothing changed, nothing to save
  }, [editor, editable]);

  return (
    <div className="body-field">
      {editable ? <BodyToolbar editor={editor} onImageFiles={(files) => editor && uploads.onFiles(editor, files, editor.state.selection.from)} /> : null}
      <UploadStatus {...uploads.status} showRunning={false} />
      <EditorContent editor={editor} />
    </div>
  );
}
