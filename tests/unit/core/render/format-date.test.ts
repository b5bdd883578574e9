import { describe, expect, it } from 'vitest';
import { formatPageDate } from '../../../../core/render/format-date';

describe('formatPageDate', () => {
  it('shows German dates as DD.MM.YYYY in the site zone, not UTC', () => {
    // 23:30 UTC on 28 Nov is already 29 Nov in Berlin.
    expect(formatPageDate('2026-11-28T23:30:00Z', 'de', 'Europe/Berlin')).toBe('29.11.2026');
    expect(formatPageDate('2026-11-28T23:30:00Z', 'de', 'UTC')).toBe('28.11.2026');
  });
  it('follows summer time: 22:30 UTC in July is the next day in Berlin', () => {
    expect(formatPageDate('2026-07-04T22:30:00Z', 'de', 'Europe/Berlin')).toBe('05.07.2026');
    expect(formatPageDate('2026-01-04T22:30:00Z', 'de', 'Europe/Berlin')).toBe('04.01.2026');
  });
  it('writes English dates with the month name', () => {
    expect(formatPageDate('2026-03-05T10:00:00Z', 'en', 'Europe/London')).toBe('March 5, 2026');
  });
  it('gives an empty string for a broken date instead of "Invalid Date"', () => {
    expect(formatPageDate('not a date', 'de', 'Europe/Berlin')).toBe('');
  });
});
