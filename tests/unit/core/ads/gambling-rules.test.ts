import { describe, expect, it } from 'vitest';
import { berlinClock, isBannedAt, isGamblingBanHour, lacksGermanLicence } from '../../../../core/ads/gambling-rules';

// Instants in UTC; the comment gives the Berlin wall-clock time the law is about.
const cases: Array<[string, string, string, boolean]> = [
  // Ordinary winter day (CET, UTC+1).
  ['winter', '2026-01-15T04:59:00Z', '05:59', false],
  ['winter', '2026-01-15T05:00:00Z', '06:00', true],
  ['winter', '2026-01-15T19:59:00Z', '20:59', true],
  ['winter', '2026-01-15T20:00:00Z', '21:00', false],
  // 29 March 2026: clocks go forward at 02:00 CET, so the day's mornings and evenings are in CEST (UTC+2).
  ['spring DST day', '2026-03-29T03:59:00Z', '05:59', false],
  ['spring DST day', '2026-03-29T04:00:00Z', '06:00', true],
  ['spring DST day', '2026-03-29T18:59:00Z', '20:59', true],
  ['spring DST day', '2026-03-29T19:00:00Z', '21:00', false],
  // 25 October 2026: clocks go back at 03:00 CEST, so after it the day is in CET again (UTC+1).
  ['autumn DST day', '2026-10-25T04:59:00Z', '05:59', false],
  ['autumn DST day', '2026-10-25T05:00:00Z', '06:00', true],
  ['autumn DST day', '2026-10-25T19:59:00Z', '20:59', true],
  ['autumn DST day', '2026-10-25T20:00:00Z', '21:00', false],
];

describe('isGamblingBanHour (06:00 to 21:00 Berlin time)', () => {
  it.each(cases)('%s %s is %s in Berlin: banned=%s', (_label, iso, clock, banned) => {
    const now = new Date(iso);
    expect(berlinClock(now)).toBe(clock);
    expect(isGamblingBanHour(now)).toBe(banned);
  });

  it('uses Berlin time, not UTC: 05:30 UTC in summer is already 07:30 in Berlin', () => {
    expect(isGamblingBanHour(new Date('2026-07-01T05:30:00Z'))).toBe(true);
    expect(isGamblingBanHour(new Date('2026-07-01T19:30:00Z'))).toBe(false);
  });
});

describe('isBannedAt', () => {
  const noon = new Date('2026-06-01T10:00:00Z');
  const night = new Date('2026-06-01T21:00:00Z');
  it.each(['casino', 'slots', 'poker'] as const)('bans %s in daytime but not at night', (category) => {
    expect(isBannedAt(category, noon)).toBe(true);
    expect(isBannedAt(category, night)).toBe(false);
  });
  it.each(['sports_betting', 'house', 'display', 'alcohol'] as const)('never bans %s by the hour', (category) => {
    expect(isBannedAt(category, noon)).toBe(false);
  });
});

describe('lacksGermanLicence', () => {
  it('accepts only whitelisted operators for gambling categories', () => {
    expect(lacksGermanLicence({ category: 'casino', licence: 'licensed' })).toBe(false);
    expect(lacksGermanLicence({ category: 'casino', licence: 'unlicensed' })).toBe(true);
    expect(lacksGermanLicence({ category: 'sports_betting', licence: 'unknown' })).toBe(true);
  });
  it('does not ask non-gambling campaigns for a licence', () => {
    expect(lacksGermanLicence({ category: 'display', licence: 'unknown' })).toBe(false);
  });
});
