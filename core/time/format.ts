import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { de, enGB } from 'date-fns/locale';

/** UI languages dates are formatted for. */
export type DateLocale = 'de' | 'en';

/** Named patterns (date-fns tokens); German dates read 26.08.2016 as on the site's bylines. */
export const DATE_PATTERNS = {
  date: { de: 'dd.MM.yyyy', en: 'd MMM yyyy' },
  time: { de: "HH:mm 'Uhr'", en: 'HH:mm' },
  dateTime: { de: 'dd.MM.yyyy, HH:mm', en: 'd MMM yyyy, HH:mm' },
  weekdayDate: { de: 'EEEE, dd.MM.yyyy', en: 'EEEE, d MMMM yyyy' },
  monthYear: { de: 'MMMM yyyy', en: 'MMMM yyyy' },
} as const;
export type DatePatternName = keyof typeof DATE_PATTERNS;

const LOCALES = { de, en: enGB } as const;

/**
 * Formats a UTC instant as the clock in `timeZone` shows it. `pattern` is a name from
 * DATE_PATTERNS or a raw date-fns pattern ("dd.MM.yyyy HH:mm"). Independent of the machine's zone.
 */
export function formatInZone(utc: string | Date | number, timeZone: string, locale: DateLocale, pattern: DatePatternName | string): string {
  const instant = utc instanceof Date ? utc : new Date(utc);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a valid instant: ${String(utc)}`);
  const named = (DATE_PATTERNS as Record<string, Record<DateLocale, string>>)[pattern];
  return format(instant, named ? named[locale] : pattern, { in: tz(timeZone), locale: LOCALES[locale] });
}
