import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Renders the control; gets the ids it must point aria-describedby at. */
  children(describedBy: string | undefined, invalid: boolean): ReactNode;
}

/** A labelled form control with its hint and its error right below it. */
export function FormField({ id, label, error, hint, children }: Props) {
  const { t } = useTranslation();
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(ids, !!error)}
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="ads-error">
          {t(error)}
        </span>
      ) : null}
    </div>
  );
}
