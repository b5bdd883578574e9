import type { DateLocale } from '../../../core/time/format';
import { formatTypedDate, parseTypedDate, parseTypedTime, stepTypedDate, stepTypedTime } from '../../../core/time/typed-input';

export type FieldKind = 'date' | 'time';
type Step = { unit: 'day' | 'month' | 'minute'; amount: number };

/** How each kind of field reads, shows and steps its value; the rules themselves live in core/time. */
export interface FieldKindSpec {
  read(text: string, lang: DateLocale): string | null;
  show(value: string, lang: DateLocale): string;
  step(value: string, by: Step): string | null;
  /** Where stepping starts in an empty field: today (UTC date, shown at once) or 09:00. */
  start(): string;
  keys: Record<string, Step | undefined>;
}

export const FIELD_KINDS: Record<FieldKind, FieldKindSpec> = {
  date: {
    read: parseTypedDate,
    show: formatTypedDate,
    step: (value, by) => stepTypedDate(value, by.unit === 'month' ? 'month' : 'day', by.amount),
    start: () => new Date().toISOString().slice(0, 10),
    keys: { ArrowUp: { unit: 'day', amount: 1 }, ArrowDown: { unit: 'day', amount: -1 }, PageUp: { unit: 'month', amount: 1 }, PageDown: { unit: 'month', amount: -1 } },
  },
  time: {
    read: parseTypedTime,
    show: (value) => value,
    step: (value, by) => stepTypedTime(value, by.amount),
    start: () => '09:00',
    keys: { ArrowUp: { unit: 'minute', amount: 15 }, ArrowDown: { unit: 'minute', amount: -15 }, PageUp: { unit: 'minute', amount: 60 }, PageDown: { unit: 'minute', amount: -60 } },
  },
};
