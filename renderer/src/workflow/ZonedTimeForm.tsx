import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { utcToZonedParts } from '../../../core/time/zoned-parts';
import { nextReleaseTime } from '../../../core/workflow/next-release-time';
import { scheduleFromZonedInput, type ScheduleInputError } from '../../../core/workflow/schedule-input';
import { DateTimePair, type DateTimeValue } from '../time-input/DateTimePair';
import { TypedDateTimeField } from '../time-input/TypedDateTimeField';
import { ZonedProblem } from '../time-input/ZonedProblem';
import { useUiLang } from './localized';

interface Props {
  timeZone: string;
  /** The date and time first shown; without them, the next release slot (never one in the past). */
  initialDate?: string;
  initialTime?: string;
  initialOccurrence?: 'first' | 'second' | null;
  submitLabel: string;
  busy?: boolean;
  /** Also ask for the embargo (not before) and the expiry (unpublish at), both optional. */
  window?: { embargoUntil?: string; expireAt?: string };
  onSubmit(utc: string, window?: { embargoUntil?: string; expireAt?: string }): void;
  onCancel?(): void;
}

/**
 * A date and time as the site's clock shows them, turned into a UTC instant by core's rules:
 * a time skipped when the clocks go forward is refused with the reason; a time that occurs
 * twice when they go back asks which one is meant.
 */
export function ZonedTimeForm({ timeZone, initialDate, initialTime, initialOccurrence, submitLabel, busy, window: initialWindow, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const uid = useId();
  const [proposal] = useState(() => (initialDate && initialTime ? null : nextReleaseTime(Date.now(), timeZone, initialDate ? { onDate: initialDate } : {})));
  const [date, setDate] = useState(proposal?.date ?? initialDate ?? '');
  const [time, setTime] = useState(proposal?.time ?? initialTime ?? '');
  const [occurrence, setOccurrence] = useState<'first' | 'second' | null>(initialOccurrence ?? null);
  const [problem, setProblem] = useState<ScheduleInputError | null>(null);
  const zoned = (utc: string | undefined) => (utc ? utcToZonedParts(utc, timeZone) : null);
  const [embargo, setEmbargo] = useState<DateTimeValue>(() => ({ date: zoned(initialWindow?.embargoUntil)?.date ?? '', time: zoned(initialWindow?.embargoUntil)?.time ?? '' }));
  const [expiry, setExpiry] = useState<DateTimeValue>(() => ({ date: zoned(initialWindow?.expireAt)?.date ?? '', time: zoned(initialWindow?.expireAt)?.time ?? '' }));
  const [windowProblem, setWindowProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const filled = (v: { date: string; time: string }) => (v.date && v.time ? v : undefined);
    const result = scheduleFromZonedInput(
      {
        publishAt: { date, time, ...(occurrence ? { occurrence } : {}) },
        ...(initialWindow && filled(embargo) ? { embargoUntil: embargo } : {}),
        ...(initialWindow && filled(expiry) ? { expireAt: expiry } : {}),
      },
      timeZone,
    );
    if (result.ok && result.schedule.publishAt) {
      setProblem(null);
      setWindowProblem(null);
      const { embargoUntil, expireAt } = result.schedule;
      if (initialWindow) onSubmit(result.schedule.publishAt, { ...(embargoUntil ? { embargoUntil } : {}), ...(expireAt ? { expireAt } : {}) });
      else onSubmit(result.schedule.publishAt);
    } else if (!result.ok) {
      setProblem(result.errors.publishAt ?? null);
      const other = result.errors.embargoUntil ?? result.errors.expireAt;
      setWindowProblem(other ? other.message[lang] : null);
    }
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
        <TypedDateTimeField kind="date" id={`${uid}-date`} required value={date} invalid={!!problem} onChange={(v) => change(() => setDate(v))} />
        <label htmlFor={`${uid}-time`}>{t('workflow.time.time')}</label>
        <TypedDateTimeField kind="time" id={`${uid}-time`} required value={time} invalid={!!problem} onChange={(v) => change(() => setTime(v))} />
      </div>
      <p className="hint">{t('workflow.time.zoneHint', { zone: timeZone })}</p>
      {initialWindow ? (
        <>
          {(
            [
              ['embargo', embargo, setEmbargo],
              ['expiry', expiry, setExpiry],
            ] as const
          ).map(([name, value, set]) => (
            <fieldset key={name} className="zoned-fields window-field">
              <legend>{t(`workflow.time.${name}`)}</legend>
              <DateTimePair
                value={value}
                dateLabel={t(`workflow.time.${name}Date`)}
                timeLabel={t(`workflow.time.${name}Time`)}
                onChange={(next) => (set(next), setWindowProblem(null))}
              />
            </fieldset>
          ))}
          {windowProblem ? (
            <p role="alert" className="error-text">
              {windowProblem}
            </p>
          ) : null}
        </>
      ) : null}
      <ZonedProblem problem={problem} lang={lang} name={`${uid}-occurrence`} occurrence={occurrence} onOccurrence={setOccurrence} />
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
