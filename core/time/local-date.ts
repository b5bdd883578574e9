/**
 * Calendar dates and wall-clock times without a zone ("2026-03-29", "02:30"). Arithmetic runs
 * on Date.UTC so the machine's own time zone can never leak in.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

/** A civil date: year, month 1–12, day 1–31. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Parses "YYYY-MM-DD"; null when malformed or not a real date (2026-02-30). */
export function parseLocalDate(text: string): LocalDate | null {
  const m = DATE_PATTERN.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Parses "HH:mm" (00:00–23:59) into minutes after midnight; null when malformed. */
export function parseLocalTime(text: string): number | null {
  const m = TIME_PATTERN.exec(text);
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD". */
export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** The date's wall clock at midnight, as if it were UTC (a timestamp-like number for arithmetic). */
export function localDateToWallMs(date: LocalDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

export function wallMsToLocalDate(wallMs: number): LocalDate {
  const d = new Date(wallMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The date `days` later (or earlier when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return wallMsToLocalDate(localDateToWallMs(date) + days * DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const jsDay = new Date(localDateToWallMs(date)).getUTCDay();
  return jsDay === 0 ? 7 : jsDay;
}
