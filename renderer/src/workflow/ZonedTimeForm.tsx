import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduleFromZonedInput, type ScheduleInputError } from '../../../core/workflow/schedule-input';
import { useUiLang } from './localized';

interface Props {
  timeZone: string;
  initialDate: string;
  initialTime: string;
  initialOccurrence?: 'first' | 'second' | null;
  submitLabel: string;
  busy?: boolean;
  onSubmit(utc: string): void;
  onCancel?(): void;
}

/**
 * A date and time as the site's clock shows them, turned into a UTC instant by core's rules:
 * a time skipped when the clocks go forward is refused with the reason; a time that occurs
 * twice when they go back asks which one is meant.
 */
export function ZonedTimeForm({ timeZone, initialDate, initialTime, initialOccurrence, submitLabel, busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const uid = useId();
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const [occurrence, setOccurrence] = useState<'first' | 'second' | null>(initialOccurrence ?? null);
  const [problem, setProblem] = useState<ScheduleInputError | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = scheduleFromZonedInput({ publishAt: { date, time, ...(occurrence ? { occurrence } : {}) } }, timeZone);
    if (result.ok && result.schedule.publishAt) {
      setProblem(null);
      onSubmit(result.schedule.publishAt);
    } else if (!result.ok) setProblem(result.errors.publishAt ?? null);
  };
  const change = (apply: () => void) => {
    apply();
    setProblem(null);
    setOccurrence(null);
  };

  return (
    <form className="zoned-time-form" onSubmit={submit} noValidate>
      <div className="zoned-fields">
        <label htmlFor={`${uid}-date`}>{t('workflow.time.date')}</label>
        <input id={`${uid}-date`} type="date" required value={date} onChange={(e) => change(() => setDate(e.target.value))} />
        <label htmlFor={`${uid}-time`}>{t('workflow.time.time')}</label>
        <input id={`${uid}-time`} type="time" required value={time} onChange={(e) => change(() => setTime(e.target.value))} />
      </div>
      <p className="hint">{t('workflow.time.zoneHint', { zone: timeZone })}</p>
      {problem?.kind === 'ambiguous' && problem.options ? (
        <fieldset className="occurrence" role="radiogroup">
          <legend>{problem.message[lang]}</legend>
          {problem.options.map((option, i) => {
            const value = i === 0 ? 'first' : 'second';
            return (
              <label key={value}>
                <input type="radio" name={`${uid}-occurrence`} checked={occurrence === value} onChange={() => setOccurrence(value)} />
                {lang === 'de' ? option.labelDe : option.label}
              </label>
            );
          })}
        </fieldset>
      ) : problem ? (
        <p role="alert" className="error-text">
          {problem.message[lang]}
        </p>
      ) : null}
      <div className="dialog-actions">
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('workflow.cancel')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
