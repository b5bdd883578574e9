import { addDays, formatLocalDate, isoWeekday, localDateToWallMs, parseLocalDate, type LocalDate } from './local-date';
import { zonedInputToUtc } from './zoned-input';
import { utcToZonedParts } from './zoned-parts';

/** One day cell of the schedule calendar, in the site's zone. */
export interface CalendarDay {
  /** "YYYY-MM-DD" in the site's zone. */
  date: string;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** False for the leading/trailing days of neighbouring months in a month grid. */
  inMonth: boolean;
  /** First instant of the day (UTC ISO). */
  startUtc: string;
  /** First instant of the next day (UTC ISO); a day is 23 or 25 hours long on clock-change days. */
  endUtc: string;
}

/** A Monday-to-Sunday row of the calendar. */
export interface CalendarWeek {
  /** ISO 8601 week number (the week with the year's first Thursday is week 1). */
  isoWeek: number;
  days: CalendarDay[];
}

function requireDate(text: string): LocalDate {
  const date = parseLocalDate(text);
  if (!date) throw new RangeError(`Not a date (YYYY-MM-DD): ${text}`);
  return date;
}

/** First instant of a calendar day in `timeZone` (after the gap if midnight itself is skipped). */
export function startOfZonedDay(date: string, timeZone: string): string {
  const result = zonedInputToUtc(date, '00:00', timeZone);
  switch (result.kind) {
    case 'ok':
      return result.utc;
    case 'ambiguous':
      return result.options[0].utc;
    case 'gap':
      return result.nextValidUtc;
    case 'invalid':
      throw new RangeError(result.message.en);
  }
}

/** The site-zone calendar day ("YYYY-MM-DD") an instant falls on; for bucketing articles by day. */
export function zonedDayKey(utc: string | Date | number, timeZone: string): string {
  return utcToZonedParts(utc, timeZone).date;
}

/** ISO 8601 week number of a civil date. */
export function isoWeekNumber(date: LocalDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = localDateToWallMs({ year: thursday.year, month: 1, day: 1 });
  return Math.floor((localDateToWallMs(thursday) - jan1) / 86_400_000 / 7) + 1;
}

function dayCell(date: LocalDate, timeZone: string, inMonth: boolean): CalendarDay {
  const text = formatLocalDate(date);
  return {
    date: text,
    day: date.day,
    weekday: isoWeekday(date),
    inMonth,
    startUtc: startOfZonedDay(text, timeZone),
    endUtc: startOfZonedDay(formatLocalDate(addDays(date, 1)), timeZone),
  };
}

/** The Monday-to-Sunday week containing `date` ("YYYY-MM-DD"), days in `timeZone`. */
export function weekGrid(date: string, timeZone: string): CalendarWeek {
  const local = requireDate(date);
  const monday = addDays(local, 1 - isoWeekday(local));
  return {
    isoWeek: isoWeekNumber(monday),
    days: Array.from({ length: 7 }, (_, i) => dayCell(addDays(monday, i), timeZone, true)),
  };
}

/**
 * A month as calendar rows starting on Monday (4–6 weeks), padded with the neighbouring
 * months' days (`inMonth: false`). `month` is 1–12.
 */
export function monthGrid(year: number, month: number, timeZone: string): CalendarWeek[] {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Month must be 1–12, got ${month}`);
  const first: LocalDate = { year, month, day: 1 };
  let monday = addDays(first, 1 - isoWeekday(first));
  const weeks: CalendarWeek[] = [];
  while (weeks.length === 0 || monday.month === month) {
    const start = monday;
    weeks.push({
      isoWeek: isoWeekNumber(start),
      days: Array.from({ length: 7 }, (_, i) => {
        const d = addDays(start, i);
        return dayCell(d, timeZone, d.month === month);
      }),
    });
    monday = addDays(monday, 7);
  }
  return weeks;
}
