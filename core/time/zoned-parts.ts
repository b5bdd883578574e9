import { formatLocalDate, isoWeekday, wallMsToLocalDate } from './local-date';
import { offsetMinutesAt } from './zone';
import { zonedInputToUtc } from './zoned-input';

/** An instant as a clock on the wall in some zone shows it. */
export interface ZonedParts {
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** "HH:mm" in the zone. */
  time: string;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes east of UTC at that instant (Berlin: 60 in winter, 120 in summer). */
  offsetMinutes: number;
  /**
   * Which of two identical wall-clock times this is on the night the clocks go back, so an
   * edit form can preselect the right option of zonedInputToUtc; null on every other time.
   */
  repeated: 'first' | 'second' | null;
}

function repeatedOccurrence(date: string, hour: number, minute: number, offsetMinutes: number, timeZone: string): ZonedParts['repeated'] {
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const reading = zonedInputToUtc(date, time, timeZone);
  if (reading.kind !== 'ambiguous') return null;
  return reading.options[0].offsetMinutes === offsetMinutes ? 'first' : 'second';
}

/** Splits a UTC instant (ISO string, Date or epoch ms) into wall-clock parts in `timeZone`. */
export function utcToZonedParts(utc: string | Date | number, timeZone: string): ZonedParts {
  const utcMs = typeof utc === 'number' ? utc : typeof utc === 'string' ? Date.parse(utc) : utc.getTime();
  if (!Number.isFinite(utcMs)) throw new RangeError(`Not a valid instant: ${String(utc)}`);
  const offsetMinutes = offsetMinutesAt(timeZone, utcMs);
  const wall = new Date(utcMs + offsetMinutes * 60_000);
  const localDate = wallMsToLocalDate(wall.getTime());
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    date: formatLocalDate(localDate),
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    year: localDate.year,
    month: localDate.month,
    day: localDate.day,
    hour,
    minute,
    second: wall.getUTCSeconds(),
    weekday: isoWeekday(localDate),
    offsetMinutes,
    repeated: repeatedOccurrence(formatLocalDate(localDate), hour, minute, offsetMinutes, timeZone),
  };
}
