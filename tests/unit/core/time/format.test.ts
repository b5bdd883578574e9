import { describe, expect, it } from 'vitest';
import { formatInZone } from '../../../../core/time/format';

describe('formatInZone', () => {
  it('writes German dates as 26.08.2016 in the site zone', () => {
    expect(formatInZone('2016-08-26T08:00:00Z', 'Europe/Berlin', 'de', 'date')).toBe('26.08.2016');
  });

  it('uses the site zone, not UTC, for the calendar day', () => {
    expect(formatInZone('2016-08-25T22:30:00Z', 'Europe/Berlin', 'de', 'date')).toBe('26.08.2016');
    expect(formatInZone('2016-08-25T22:30:00Z', 'UTC', 'de', 'date')).toBe('25.08.2016');
  });

  it('formats date and time with the Uhr suffix in German and month names in English', () => {
    expect(formatInZone('2026-03-29T01:00:00Z', 'Europe/Berlin', 'de', 'dateTime')).toBe('29.03.2026, 03:00');
    expect(formatInZone('2026-03-29T01:00:00Z', 'Europe/Berlin', 'en', 'dateTime')).toBe('29 Mar 2026, 03:00');
    expect(formatInZone('2026-03-29T01:00:00Z', 'Europe/Berlin', 'de', 'weekdayDate')).toBe('Sonntag, 29.03.2026');
  });

  it('accepts a raw date-fns pattern', () => {
    expect(formatInZone(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin', 'en', 'yyyy-MM-dd HH:mm')).toBe('2026-10-25 02:30');
  });
});
