import type { ClipboardEvent, KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { singleParagraph } from '../../../core/article/length-rules';
import './fields.css';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onChange(value: string): void;
  /** One paragraph (a headline): Enter never adds a line break, pasted ones become spaces. */
  oneParagraph?: boolean;
  /** Enter in a one-paragraph field: where the writer goes next. */
  onEnter?(): void;
}

/** A textarea as tall as its text (CSS field-sizing), so nothing typed is ever hidden. */
export function GrowingTextarea({ value, onChange, oneParagraph = false, onEnter, className = '', ...rest }: Props) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!oneParagraph || e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    onEnter?.();
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (!oneParagraph || !/[\r\n]/.test(text)) return;
    e.preventDefault();
    // insertText keeps the caret where it belongs and the paste in the field's undo history.
    const field = e.currentTarget;
    const clean = singleParagraph(text);
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, clean);
    if (!inserted) onChange(value.slice(0, field.selectionStart) + clean + value.slice(field.selectionEnd));
  };
  return (
    <textarea
      {...rest}
      className={`growing-textarea ${className}`}
      rows={1}
      value={value}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onChange={(e) => onChange(oneParagraph ? singleParagraph(e.target.value) : e.target.value)}
    />
  );
}
