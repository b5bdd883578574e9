import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { nextReleaseTime, RELEASE_LEAD_MINUTES, RELEASE_SLOTS } from '../../../../core/workflow/next-release-time';
import { utcToZonedParts } from '../../../../core/time/zoned-parts';

const BERLIN = 'Europe/Berlin';
const ZONES = [BERLIN, 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
/** "2026-12-02T21:27" on the wall clock of `zone`, as epoch ms (built by @date-fns/tz, not by the code under test). */
const at = (wall: string, zone = BERLIN) => {
  const [y, mo, d, h, mi] = wall.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, zone).getTime();
};

describe('nextReleaseTime', () => {
  it('regression (issue 12): in the evening it proposes tomorrow morning, not 09:00 today', () => {
    expect(nextReleaseTime(at('2026-12-02T21:27:00'), BERLIN)).toEqual({ utc: '2026-12-03T05:00:00.000Z', date: '2026-12-03', time: '06:00' });
  });

  it('proposes the next slot of the day at least 15 minutes ahead', () => {
    expect(nextReleaseTime(at('2026-12-02T08:30:00'), BERLIN).time).toBe('09:00');
    expect(nextReleaseTime(at('2026-12-02T08:50:00'), BERLIN).time).toBe('12:00');
    expect(nextReleaseTime(at('2026-12-02T17:45:00'), BERLIN)).toMatchObject({ date: '2026-12-02', time: '18:00' });
    expect(nextReleaseTime(at('2026-12-02T17:46:00'), BERLIN)).toMatchObject({ date: '2026-12-03', time: '06:00' });
  });

  it('takes a day picked in the calendar, but never one in the past', () => {
    const now = at('2026-12-02T10:00:00');
    expect(nextReleaseTime(now, BERLIN, { onDate: '2026-12-10' })).toMatchObject({ date: '2026-12-10', time: '06:00' });
    expect(nextReleaseTime(now, BERLIN, { onDate: '2026-11-01' })).toMatchObject({ date: '2026-12-02', time: '12:00' });
  });

  it('reads the site zone, not the machine: 18:00 in New York is 00:00 in Berlin', () => {
    expect(nextReleaseTime(Date.parse('2026-12-02T21:00:00Z'), 'America/New_York')).toEqual({ utc: '2026-12-02T23:00:00.000Z', date: '2026-12-02', time: '18:00' });
  });

  it('keeps the wall-clock slot across the clock changes (06:00 stays 06:00 after the night of the change)', () => {
    expect(nextReleaseTime(at('2026-03-28T20:00:00'), BERLIN)).toEqual({ utc: '2026-03-29T04:00:00.000Z', date: '2026-03-29', time: '06:00' });
    expect(nextReleaseTime(at('2026-10-24T20:00:00'), BERLIN)).toEqual({ utc: '2026-10-25T05:00:00.000Z', date: '2026-10-25', time: '06:00' });
  });

  it('property: never in the past, a slot of the site clock, and the first such slot', () => {
    const instant = fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') });
    // Moments around the European and American clock changes are drawn often.
    const nearChange = fc
      .constantFrom('2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-04-05T16:00:00Z')
      .chain((base) => fc.integer({ min: -36 * 3600_000, max: 36 * 3600_000 }).map((d) => Date.parse(base) + d));
    fc.assert(
      fc.property(fc.oneof(instant, nearChange), fc.constantFrom(...ZONES), (now, zone) => {
        const proposal = nextReleaseTime(now, zone);
        const utc = Date.parse(proposal.utc);
        expect(utc).toBeGreaterThanOrEqual(now + RELEASE_LEAD_MINUTES * 60_000);
        const parts = utcToZonedParts(utc, zone);
        expect(parts.date).toBe(proposal.date);
        expect(parts.time).toBe(proposal.time);
        expect(RELEASE_SLOTS).toContain(proposal.time as (typeof RELEASE_SLOTS)[number]);
        // No slot was skipped: the proposal is at most one slot gap (the night: 12 h) plus an hour for DST away.
        expect(utc - now).toBeLessThanOrEqual((12 * 60 + RELEASE_LEAD_MINUTES + 60) * 60_000);
      }),
      { numRuns: 400 },
    );
  });
});
