import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeLinkHref } from '../../../core/article/links';
import { ImageIcon, LinkIcon } from './icons';
import { ACCEPTED_IMAGE_TYPES } from './image-upload';
import { SuggestingToggle } from './suggestions/SuggestingToggle';

interface Props {
  editor: Editor | null;
  /** Image files chosen with "Inline image": they go where the cursor is, without waiting. */
  onImageFiles(files: File[]): void;
}

/** Formatting toolbar: every button has an accessible name and shows its state (aria-pressed). */
export function BodyToolbar({ editor, onImageFiles }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkValue, setLinkValue] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            quote: e.isActive('blockquote'),
            link: e.isActive('link'),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null,
  });
  if (!editor || !active) return null;
  const chain = () => editor.chain().focus();

  const button = (label: string, pressed: boolean | undefined, onClick: () => void, text: ReactNode, opts: { disabled?: boolean; shortcut?: string } = {}) => (
    <button
      type="button"
      title={opts.shortcut ? `${label} (${opts.shortcut})` : label}
      aria-pressed={pressed}
      disabled={opts.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );

  const applyLink = (event: FormEvent) => {
    event.preventDefault();
    const href = linkValue.trim();
    if (href === '') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!isSafeLinkHref(href)) {
      setLinkError(t('editor.linkInvalid'));
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkOpen(false);
  };

  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {button(t('editor.bold'), active.bold, () => chain().toggleBold().run(), 'B', { shortcut: 'Ctrl+B' })}
      {button(t('editor.italic'), active.italic, () => chain().toggleItalic().run(), 'I', { shortcut: 'Ctrl+I' })}
      <span className="sep" aria-hidden="true" />
      {button(t('editor.heading2'), active.h2, () => chain().toggleHeading({ level: 2 }).run(), 'H2', { shortcut: '## ' })}
      {button(t('editor.heading3'), active.h3, () => chain().toggleHeading({ level: 3 }).run(), 'H3', { shortcut: '### ' })}
      {button(t('editor.bulletList'), active.bullet, () => chain().toggleBulletList().run(), '•', { shortcut: '- ' })}
      {button(t('editor.orderedList'), active.ordered, () => chain().toggleOrderedList().run(), '1.', { shortcut: '1. ' })}
      {button(t('editor.quote'), active.quote, () => chain().toggleBlockquote().run(), '❝', { shortcut: '> ' })}
      {button(t('editor.link'), active.link, () => {
        setLinkValue((editor.getAttributes('link').href as string | undefined) ?? '');
        setLinkError(null);
        setLinkOpen((o) => !o);
      }, <LinkIcon />)}
      <span className="sep" aria-hidden="true" />
      {button(t('editor.image'), undefined, () => fileInput.current?.click(), <ImageIcon />)}
      {button(t('editor.adSlot'), undefined, () => chain().insertAdSlot().run(), 'Ad')}
      {button(t('paste.insertTable'), undefined, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), '▦')}
      <span className="sep" aria-hidden="true" />
      {button(t('editor.undo'), undefined, () => chain().undo().run(), '↶', { disabled: !active.canUndo, shortcut: 'Ctrl+Z' })}
      {button(t('editor.redo'), undefined, () => chain().redo().run(), '↷', { disabled: !active.canRedo, shortcut: 'Ctrl+Shift+Z' })}
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_IMAGE_TYPES.join(',')}
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) onImageFiles(files);
        }}
      />
      <SuggestingToggle />
      {linkOpen ? (
        <form className="link-form" onSubmit={applyLink}>
          <label>
            <span className="visually-hidden">{t('editor.linkPrompt')}</span>
            <input
              autoFocus
              type="url"
              aria-label={t('editor.linkPrompt')}
              placeholder={t('editor.linkPrompt')}
              value={linkValue}
              aria-invalid={linkError ? true : undefined}
              onChange={(e) => setLinkValue(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setLinkOpen(false)}
            />
          </label>
          <button type="submit">OK</button>
          {active.link ? (
            <button type="button" onClick={() => { chain().extendMarkRange('link').unsetLink().run(); setLinkOpen(false); }}>
              {t('editor.removeLink')}
            </button>
          ) : null}
          {linkError ? <span role="alert" className="error-text">{linkError}</span> : null}
        </form>
      ) : null}
    </div>
  );
}
