import { TypedDateTimeField } from './TypedDateTimeField';

/** A date and a time in the site's zone, as the forms keep them ("YYYY-MM-DD", "HH:mm"). */
export interface DateTimeValue {
  date: string;
  time: string;
}

interface Props {
  value: DateTimeValue;
  onChange(next: DateTimeValue): void;
  /** Accessible names of the two fields ("Embargo date", "Embargo time"). */
  dateLabel: string;
  timeLabel: string;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
}

/** The date field and the time field side by side, each named on its own for screen readers. */
export function DateTimePair({ value, onChange, dateLabel, timeLabel, invalid, describedBy, required }: Props) {
  return (
    <>
      <TypedDateTimeField kind="date" label={dateLabel} value={value.date} required={required} invalid={invalid} describedBy={describedBy} onChange={(date) => onChange({ ...value, date })} />
      <TypedDateTimeField kind="time" label={timeLabel} value={value.time} required={required} invalid={invalid} describedBy={describedBy} onChange={(time) => onChange({ ...value, time })} />
    </>
  );
}
