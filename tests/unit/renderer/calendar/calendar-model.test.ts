import { describe, expect, it } from 'vitest';
import type { CalendarArticle } from '../../../../core/contract/calls/workflow';
import { byDay, flightsOn, gridFor, step } from '../../../../renderer/src/calendar/calendar-model';

const Z = 'Europe/Berlin';
const entry = (id: string, at: string): CalendarArticle => ({ id: `article-${id}`, rev: 1, headline: id, section: '', status: 'scheduled', kind: 'publish', at });

describe('calendar model', () => {
  it('shows March 2026 as Monday rows and a week as seven days with the 23-hour clock-change day', () => {
    const month = gridFor('month', '2026-03-15', Z);
    expect(month[0]!.days[0]!.date).toBe('2026-02-23');
    expect(month.at(-1)!.days[6]!.date).toBe('2026-04-05');
    const [week] = gridFor('week', '2026-03-29', Z);
    expect(week!.days.map((d) => d.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    const sunday = week!.days[6]!;
    expect(Date.parse(sunday.endUtc) - Date.parse(sunday.startUtc)).toBe(23 * 3_600_000);
  });

  it('pages by month across the year and by week', () => {
    expect(step('month', '2026-12-20', 1)).toBe('2027-01-01');
    expect(step('month', '2026-01-05', -1)).toBe('2025-12-01');
    expect(step('week', '2026-03-26', 1)).toBe('2026-04-02');
  });

  it('puts an article on its day in the site zone, not in UTC', () => {
    const days = byDay([entry('late', '2026-03-28T23:30:00Z'), entry('noon', '2026-03-28T11:00:00Z')], Z);
    expect(days.get('2026-03-29')!.map((a) => a.headline)).toEqual(['late']);
    expect(days.get('2026-03-28')!.map((a) => a.headline)).toEqual(['noon']);
  });

  it('finds the flights running during a day', () => {
    const flights = [
      { id: 'a', advertiser: 'A', category: 'house' as const, start: '2026-03-01T00:00:00Z', end: '2026-03-10T00:00:00Z' },
      { id: 'b', advertiser: 'B', category: 'casino' as const, start: '2026-03-10T00:00:00Z', end: '2026-03-20T00:00:00Z' },
    ];
    expect(flightsOn(flights, '2026-03-09T23:00:00Z', '2026-03-10T23:00:00Z').map((f) => f.id)).toEqual(['a', 'b']);
    expect(flightsOn(flights, '2026-03-20T23:00:00Z', '2026-03-21T23:00:00Z')).toEqual([]);
  });
});
