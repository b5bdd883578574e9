import { describe, expect, it } from 'vitest';
import { monthGrid, startOfZonedDay, weekGrid, zonedDayKey } from '../../../../core/time/calendar';

const HOUR = 3_600_000;
const length = (day: { startUtc: string; endUtc: string }) => (Date.parse(day.endUtc) - Date.parse(day.startUtc)) / HOUR;

describe('calendar grids in the site zone', () => {
  it('lays out March 2026 in Monday-first weeks, padded with February and April days', () => {
    const weeks = monthGrid(2026, 3, 'Europe/Berlin');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.days[0]).toMatchObject({ date: '2026-02-23', weekday: 1, inMonth: false });
    expect(weeks[0]?.days[6]).toMatchObject({ date: '2026-03-01', weekday: 7, inMonth: true });
    expect(weeks.at(-1)?.days.at(-1)).toMatchObject({ date: '2026-04-05', inMonth: false });
    expect(weeks.flatMap((w) => w.days).filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeks[0]?.isoWeek).toBe(9);
  });

  it('makes the clock-change days 23 and 25 hours long and every other day 24', () => {
    const march = monthGrid(2026, 3, 'Europe/Berlin').flatMap((w) => w.days);
    const october = monthGrid(2026, 10, 'Europe/Berlin').flatMap((w) => w.days);
    expect(length(march.find((d) => d.date === '2026-03-29')!)).toBe(23);
    expect(length(october.find((d) => d.date === '2026-10-25')!)).toBe(25);
    expect(march.filter((d) => length(d) !== 24).map((d) => d.date)).toEqual(['2026-03-29']);
  });

  it('starts a Berlin day at 23:00 or 22:00 UTC of the day before', () => {
    expect(startOfZonedDay('2026-01-10', 'Europe/Berlin')).toBe('2026-01-09T23:00:00.000Z');
    expect(startOfZonedDay('2026-07-10', 'Europe/Berlin')).toBe('2026-07-09T22:00:00.000Z');
  });

  it('returns the Monday-to-Sunday week around a date', () => {
    const week = weekGrid('2026-10-25', 'Europe/Berlin');
    expect(week.days.map((d) => d.date)).toEqual([
      '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25',
    ]);
    expect(week.isoWeek).toBe(43);
  });

  it('numbers ISO weeks across the year boundary', () => {
    const january2027 = monthGrid(2027, 1, 'Europe/Berlin');
    expect(january2027[0]?.days[0]?.date).toBe('2026-12-28');
    expect(january2027[0]?.isoWeek).toBe(53);
  });

  it('buckets an instant into the site-zone day it falls on', () => {
    expect(zonedDayKey('2026-07-09T22:30:00Z', 'Europe/Berlin')).toBe('2026-07-10');
    expect(zonedDayKey('2026-07-09T22:30:00Z', 'America/New_York')).toBe('2026-07-09');
  });
});
