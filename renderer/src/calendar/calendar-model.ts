import type { CalendarArticle, CalendarFlight } from '../../../core/contract/calls/workflow';
import { monthGrid, weekGrid, zonedDayKey, type CalendarWeek } from '../../../core/time/calendar';
import { addDays, formatLocalDate, parseLocalDate } from '../../../core/time/local-date';

export type CalendarMode = 'month' | 'week';

/** The rows the calendar shows for a mode and a date ("YYYY-MM-DD") in the site's zone. */
export function gridFor(mode: CalendarMode, date: string, timeZone: string): CalendarWeek[] {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return mode === 'month' ? monthGrid(d.year, d.month, timeZone) : [weekGrid(date, timeZone)];
}

/** The date one page earlier or later (a month or a week). */
export function step(mode: CalendarMode, date: string, by: 1 | -1): string {
  const d = parseLocalDate(date)!;
  if (mode === 'week') return formatLocalDate(addDays(d, 7 * by));
  const month = d.month + by;
  const year = d.year + Math.floor((month - 1) / 12);
  return formatLocalDate({ year, month: ((month - 1 + 12) % 12) + 1, day: 1 });
}

/** Articles grouped by their day in the site's zone. */
export function byDay(articles: readonly CalendarArticle[], timeZone: string): Map<string, CalendarArticle[]> {
  const days = new Map<string, CalendarArticle[]>();
  for (const a of articles) {
    const key = zonedDayKey(a.at, timeZone);
    days.set(key, [...(days.get(key) ?? []), a]);
  }
  return days;
}

/** The flights running at any time during [startUtc, endUtc). */
export function flightsOn(flights: readonly CalendarFlight[], startUtc: string, endUtc: string): CalendarFlight[] {
  return flights.filter((f) => Date.parse(f.start) < Date.parse(endUtc) && Date.parse(f.end) > Date.parse(startUtc));
}

/** From this many entries on a day counts as busy. */
export const BUSY_DAY = 3;
