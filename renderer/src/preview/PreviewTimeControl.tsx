import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../core/time/localized';
import { readZonedFields, toZonedFields, type ZonedFields } from './preview-time';
import { TypedDateTimeField } from '../time-input/TypedDateTimeField';

interface Props {
  at: Date;
  isNow: boolean;
  timeZone: string;
  /** A fixed preview time, or null for "now". */
  onChange(at: Date | null): void;
}

/** Date and time in the site's zone at which the preview is shown; decides flights and gambling hours. */
export function PreviewTimeControl({ at, isNow, timeZone, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState<ZonedFields>(() => toZonedFields(at, timeZone));
  const [note, setNote] = useState<Localized | null>(null);
  const atMs = at.getTime();

  // Follow the clock (or an outside change) unless the user is typing a value of their own.
  useEffect(() => {
    const next = toZonedFields(new Date(atMs), timeZone);
    setFields((f) => (readZonedFields(f, timeZone).at?.getTime() === atMs ? f : next));
  }, [atMs, timeZone]);

  const edit = (change: Partial<ZonedFields>) => {
    const next = { ...fields, ...change };
    setFields(next);
    const read = readZonedFields(next, timeZone);
    setNote(read.note);
    if (read.at) onChange(read.at);
  };
  const lang = i18n.language.startsWith('de') ? 'de' : 'en';

  return (
    <fieldset className="preview-time">
      <legend>
        {t('preview.time.legend')} <span className="preview-zone">({timeZone})</span>
      </legend>
      <TypedDateTimeField kind="date" label={t('preview.time.date')} value={fields.date} required onChange={(date) => edit({ date })} />
      <TypedDateTimeField kind="time" label={t('preview.time.time')} value={fields.time} required onChange={(time) => edit({ time })} />
      <button
        type="button"
        aria-pressed={isNow}
        onClick={() => {
          setNote(null);
          onChange(null);
        }}
      >
        {t('preview.time.now')}
      </button>
      {note ? (
        <span className="hint warn" role="status">
          {note[lang]}
        </span>
      ) : null}
    </fieldset>
  );
}
