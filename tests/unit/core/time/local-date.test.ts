import { describe, expect, it } from 'vitest';
import { addDays, formatLocalDate, isoWeekday, parseLocalDate, parseLocalTime } from '../../../../core/time/local-date';

describe('local dates and times', () => {
  it('parses real dates only', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2026-02-29')).toBeNull();
    expect(parseLocalDate('2026-13-01')).toBeNull();
    expect(parseLocalDate('2026-1-01')).toBeNull();
  });

  it('parses 24-hour times to minutes after midnight', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('23:59')).toBe(23 * 60 + 59);
    expect(parseLocalTime('7:30')).toBeNull();
    expect(parseLocalTime('12:60')).toBeNull();
  });

  it('adds days across month and year ends and knows the weekday', () => {
    expect(formatLocalDate(addDays({ year: 2026, month: 12, day: 30 }, 3))).toBe('2027-01-02');
    expect(formatLocalDate(addDays({ year: 2026, month: 3, day: 1 }, -1))).toBe('2026-02-28');
    expect(isoWeekday({ year: 2026, month: 3, day: 29 })).toBe(7);
    expect(isoWeekday({ year: 2026, month: 3, day: 30 })).toBe(1);
  });
});
