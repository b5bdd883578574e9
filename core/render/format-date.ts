import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

/**
 * A date as the site shows it, in the site's zone: "29.11.2026" on a German site,
 * "November 29, 2026" on an English one. Invalid input gives an empty string.
 */
export function formatPageDate(iso: string | Date, language: 'de' | 'en', timeZone: string): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (!Number.isFinite(ms)) return '';
  const local = new TZDate(ms, timeZone);
  return language === 'en' ? format(local, 'MMMM d, yyyy', { locale: enUS }) : format(local, 'dd.MM.yyyy');
}

/** The instant as an ISO string for a <time datetime>, or '' when invalid. */
export function isoInstant(iso: string | Date): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}
