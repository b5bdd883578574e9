import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TYPED_FORMAT } from '../../../core/time/typed-input';
import { useUiLang } from '../workflow/localized';
import { FIELD_KINDS, type FieldKind } from './field-kinds';
import './time-input.css';

interface Props {
  kind: FieldKind;
  /** "YYYY-MM-DD" / "HH:mm", '' when empty, or what was typed when it does not read as one. */
  value: string;
  onChange(value: string): void;
  /** The field's name; a visible <label htmlFor={id}> may name it instead. */
  label?: string;
  id?: string;
  required?: boolean;
  /** Set by the form when the value is refused for a reason of its own (an order, a clock change). */
  invalid?: boolean;
  describedBy?: string;
  className?: string;
}

/**
 * A date or a time typed in the UI language's format (German 02.12.2026 and 21:27, English
 * 02/12/2026 and 21:27, both on the 24-hour clock): native date and time inputs follow the
 * machine's locale, not the page's, and showed "09:27 PM" in the German UI. Arrow keys step
 * (a day or 15 minutes; Page Up/Down a month or an hour); what does not read as a date or time
 * stays as typed, with the reason and the format beside it.
 */
export function TypedDateTimeField({ kind, value, onChange, label, id, required, invalid, describedBy, className }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const spec = FIELD_KINDS[kind];
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const [text, setText] = useState(() => spec.show(value, lang));
  const [bad, setBad] = useState(false);

  // An outside change (a proposal, a step, a language switch) shows in the field; a value the
  // user is typing that reads as the same one is left as typed.
  useEffect(() => {
    setText((current) => (spec.read(current, lang) === value || (current.trim() !== '' && current === value) ? current : spec.show(value, lang)));
  }, [value, lang, spec]);

  const type = (next: string) => {
    setText(next);
    setBad(false);
    onChange(next.trim() === '' ? '' : (spec.read(next, lang) ?? next.trim()));
  };
  const settle = () => {
    if (text.trim() === '') return setBad(false);
    const read = spec.read(text, lang);
    setBad(read === null);
    if (read !== null) setText(spec.show(read, lang));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = spec.keys[e.key];
    if (!step) return;
    e.preventDefault();
    const next = spec.step(spec.read(text, lang) ?? spec.start(), step) ?? spec.start();
    setBad(false);
    setText(spec.show(next, lang));
    onChange(next);
  };

  const describers = [describedBy, hintId, bad ? errorId : null].filter(Boolean).join(' ');
  return (
    <span className={`typed-field typed-${kind}${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type="text"
        inputMode={kind === 'date' ? 'numeric' : 'text'}
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-describedby={describers}
        aria-invalid={bad || invalid || undefined}
        required={required}
        placeholder={TYPED_FORMAT[kind][lang]}
        value={text}
        size={kind === 'date' ? 11 : 6}
        onChange={(e) => type(e.target.value)}
        onBlur={settle}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="visually-hidden">
        {t(`dates.hint.${kind}`, { format: TYPED_FORMAT[kind][lang] })}
      </span>
      {bad ? (
        <span id={errorId} className="typed-error" role="alert">
          {t(`dates.invalid.${kind}`, { text: text.trim(), format: TYPED_FORMAT[kind][lang] })}
        </span>
      ) : null}
    </span>
  );
}
