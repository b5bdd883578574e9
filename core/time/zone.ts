import { tzOffset } from '@date-fns/tz';

/** The site's time zone unless the settings say otherwise. */
export const DEFAULT_SITE_TIME_ZONE = 'Europe/Berlin';

/** True for an IANA zone name (or UTC offset) this runtime's Intl data knows. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  return Number.isFinite(tzOffset(timeZone, new Date(0)));
}

/** UTC offset of `timeZone` at the instant `utcMs`, in minutes east of UTC (Berlin in summer: 120). */
export function offsetMinutesAt(timeZone: string, utcMs: number): number {
  const offset = tzOffset(timeZone, new Date(utcMs));
  if (!Number.isFinite(offset)) throw new RangeError(`Unknown time zone "${timeZone}"`);
  return offset;
}

/** "UTC+2", "UTC-4", "UTC+5:30", "UTC". */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * The zone's short name at an instant ("CEST", "MESZ", "EDT"), or null when the runtime only
 * knows a "GMT+2"-style name. en-GB knows European abbreviations, en-US American ones.
 */
export function zoneAbbreviation(timeZone: string, utcMs: number, locale: 'de' | 'en'): string | null {
  const locales = locale === 'de' ? ['de-DE'] : ['en-GB', 'en-US'];
  for (const loc of locales) {
    const part = new Intl.DateTimeFormat(loc, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(utcMs))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (part && !/^(GMT|UTC)/.test(part)) return part;
  }
  return null;
}
