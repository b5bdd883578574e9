import type { Localized } from '../time/localized';
import { zonedInputToUtc, type AmbiguousOption } from '../time/zoned-input';
import { scheduleOrderProblems, type Schedule, type ScheduleField } from './schedule';

/** A time as typed in the site's zone; `occurrence` picks one of the two on the night the clocks go back. */
export interface ZonedTimeInput {
  date: string;
  time: string;
  occurrence?: 'first' | 'second';
}

/** The scheduling form: each time optional, as typed in the site's zone. */
export type ScheduleInput = Partial<Record<ScheduleField, ZonedTimeInput>>;

/** Why one field of the form cannot be stored yet. */
export interface ScheduleInputError {
  kind: 'gap' | 'ambiguous' | 'invalid' | 'order';
  message: Localized;
  /** For 'ambiguous': the two instants to offer (set `occurrence` to choose). */
  options?: [AmbiguousOption, AmbiguousOption];
}

export type ScheduleInputResult = { ok: true; schedule: Schedule } | { ok: false; errors: Partial<Record<ScheduleField, ScheduleInputError>> };

const FIELDS: readonly ScheduleField[] = ['publishAt', 'embargoUntil', 'expireAt'];

/**
 * Turns the scheduling form (times in `timeZone`) into a stored UTC schedule, or per-field
 * errors: a time skipped by the clock change, a repeated time not yet chosen, a malformed
 * entry, or times in the wrong order. The UI and the site's admin both use it.
 */
export function scheduleFromZonedInput(input: ScheduleInput, timeZone: string): ScheduleInputResult {
  const schedule: Schedule = {};
  const errors: Partial<Record<ScheduleField, ScheduleInputError>> = {};
  for (const field of FIELDS) {
    const entry = input[field];
    if (!entry) continue;
    const reading = zonedInputToUtc(entry.date, entry.time, timeZone);
    if (reading.kind === 'ok') schedule[field] = reading.utc;
    else if (reading.kind === 'ambiguous' && entry.occurrence) schedule[field] = reading.options[entry.occurrence === 'first' ? 0 : 1].utc;
    else if (reading.kind === 'ambiguous') errors[field] = { kind: 'ambiguous', message: reading.message, options: reading.options };
    else errors[field] = { kind: reading.kind, message: reading.message };
  }
  for (const problem of scheduleOrderProblems(schedule)) {
    errors[problem.field] ??= { kind: 'order', message: problem.message };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, schedule };
}
