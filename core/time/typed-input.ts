import type { DateLocale } from './format';
import { addDays, formatLocalDate, parseLocalDate, parseLocalTime } from './local-date';

/**
 * Dates and times as people type them in the UI's language: German "02.12.2026" and "21:27",
 * English (British, as the app's English dates are) "02/12/2026" and "21:27". Both always use
 * the 24-hour clock. Values go in and out as "YYYY-MM-DD" and "HH:mm", which every core rule
 * reads; the machine's locale is never consulted.
 */

/** What the field hint shows, per language. */
export const TYPED_FORMAT = {
  date: { de: 'TT.MM.JJJJ', en: 'DD/MM/YYYY' },
  time: { de: 'HH:MM (24 Std.)', en: 'HH:MM (24-hour)' },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" as the language writes it ("02.12.2026", "02/12/2026"); anything else unchanged. */
export function formatTypedDate(iso: string, locale: DateLocale): string {
  const d = parseLocalDate(iso);
  if (!d) return iso;
  return locale === 'de' ? `${pad(d.day)}.${pad(d.month)}.${d.year}` : `${pad(d.day)}/${pad(d.month)}/${d.year}`;
}

/**
 * A typed date as "YYYY-MM-DD", or null when it is not a real date. Takes the language's own
 * form with one- or two-digit day and month and a two- or four-digit year (two digits: 20xx),
 * and the ISO form in both languages. Day comes first in both languages: "03/04/2026" is 3 April.
 */
export function parseTypedDate(text: string, locale: DateLocale): string | null {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return parseLocalDate(s) ? s : null;
  const separator = locale === 'de' ? '[.]' : '[/.-]';
  const m = new RegExp(`^(\\d{1,2})${separator}(\\d{1,2})${separator}(\\d{2}|\\d{4})$`).exec(s);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${String(year).padStart(4, '0')}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return parseLocalDate(iso) ? iso : null;
}

/**
 * A typed time as "HH:mm" (24 h), or null. Takes "21:27", "21.27", "2127", "9:05", "9"; in
 * English also "9:27 pm" / "9pm", turned into the 24-hour reading that is then shown.
 */
export function parseTypedTime(text: string, locale: DateLocale): string | null {
  let s = text.trim().toLowerCase().replace(/\s*uhr$/, '');
  let meridiem: 'am' | 'pm' | null = null;
  const ampm = locale === 'en' ? /^(.*?)\s*([ap])\.?m\.?$/.exec(s) : null;
  if (ampm) {
    s = ampm[1]!;
    meridiem = ampm[2] === 'a' ? 'am' : 'pm';
  }
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(s);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const hhmm = `${pad(hours)}:${pad(minutes)}`;
  return parseLocalTime(hhmm) === null ? null : hhmm;
}

/** The date `days` later (arrow keys step by one, Page Up/Down by a month), clamped to the month's end. */
export function stepTypedDate(iso: string, unit: 'day' | 'month', amount: number): string | null {
  const d = parseLocalDate(iso);
  if (!d) return null;
  if (unit === 'day') return formatLocalDate(addDays(d, amount));
  const months = d.year * 12 + (d.month - 1) + amount;
  const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatLocalDate({ year, month, day: Math.min(d.day, last) });
}

/** The time `minutes` later on a 24-hour dial (23:45 + 15 min = 00:00). */
export function stepTypedTime(hhmm: string, minutes: number): string | null {
  const at = parseLocalTime(hhmm);
  if (at === null) return null;
  const next = (((at + minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}
