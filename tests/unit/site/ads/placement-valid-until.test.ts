import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adsOfArticleAt, isGamblingBanHour, type AdConfig, type Campaign } from '../../../../core/ads/index';
import { nextGamblingBanFlip, placementValidUntil } from '../../../../site/ads/placement-valid-until';
import { articleArb, campaignsArb, nowArb, settingsArb, slotsArb } from '../../core/ads/arbitraries';

const DAY = 86_400_000;

/** Campaigns with flights starting up to three days before or after `now` (some short), so edges fall near it. */
const flightedArb = (now: number): fc.Arbitrary<Campaign[]> =>
  campaignsArb.chain((campaigns) =>
    fc.tuple(...campaigns.map(() => fc.tuple(fc.integer({ min: -72, max: 72 }), fc.integer({ min: 1, max: 96 })))).map((flights) =>
      campaigns.map((c, i) => {
        const [startHour, hours] = flights[i] as [number, number];
        const start = now + startHour * 3_600_000 + (startHour % 7) * 60_000;
        return { ...c, flightStart: new Date(start).toISOString(), flightEnd: new Date(start + hours * 3_600_000).toISOString() };
      }),
    ),
  );

const placed = (article: Parameters<typeof adsOfArticleAt>[0], config: AdConfig, at: number) =>
  JSON.stringify(adsOfArticleAt(article, config, new Date(at), 'Europe/Berlin').placements);

describe('placementValidUntil', () => {
  it('the placement is the same at every instant from computedAt until validUntil', () => {
    fc.assert(
      fc.property(articleArb, slotsArb, settingsArb, nowArb.chain((now) => fc.tuple(fc.constant(now), flightedArb(now.getTime()))), fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 5 }), (article, slots, settings, [now, campaigns], fractions) => {
        const config: AdConfig = { slots, settings, campaigns };
        const from = now.getTime();
        const until = Math.min(placementValidUntil(config, now), from + 30 * DAY);
        expect(until).toBeGreaterThan(from);
        const at = placed(article, config, from);
        for (const f of fractions) expect(placed(article, config, from + Math.min(Math.floor(f * (until - from)), until - from - 1))).toBe(at);
        expect(placed(article, config, until - 1)).toBe(at);
        // The rules switch on hour boundaries (the ban) and flight edges: try the first two days' hours.
        for (let h = Math.ceil(from / 3_600_000) * 3_600_000; h < Math.min(until, from + 2 * DAY); h += 3_600_000) expect(placed(article, config, h)).toBe(at);
      }),
      { numRuns: 300 },
    );
  });

  it('ends at the 21:00 Berlin edge in the evening when a casino campaign runs, and at 06:00 at night', () => {
    const casino = { flightStart: '2026-01-01T00:00:00Z', flightEnd: '2027-01-01T00:00:00Z', category: 'casino' } as Campaign;
    // 18:30 UTC in March is 19:30 in Berlin (CET): the ban ends at 21:00 CET = 20:00 UTC.
    expect(new Date(placementValidUntil({ campaigns: [casino] }, new Date('2026-03-10T18:30:00Z'))).toISOString()).toBe('2026-03-10T20:00:00.000Z');
    // Summer time (CEST): the ban starts at 06:00 CEST = 04:00 UTC.
    expect(new Date(placementValidUntil({ campaigns: [casino] }, new Date('2026-07-01T23:00:00Z'))).toISOString()).toBe('2026-07-02T04:00:00.000Z');
  });

  it('ends at the next flight edge, and never when nothing depends on time', () => {
    const house = { flightStart: '2026-03-10T12:00:00Z', flightEnd: '2026-03-20T00:00:00Z', category: 'house' } as Campaign;
    expect(new Date(placementValidUntil({ campaigns: [house] }, new Date('2026-03-10T10:00:00Z'))).toISOString()).toBe('2026-03-10T12:00:00.000Z');
    expect(new Date(placementValidUntil({ campaigns: [house] }, new Date('2026-03-10T12:00:00Z'))).toISOString()).toBe('2026-03-20T00:00:00.000Z');
    expect(placementValidUntil({ campaigns: [house] }, new Date('2026-04-01T00:00:00Z'))).toBe(Infinity);
  });

  it('finds the ban flip across the change to summer time', () => {
    fc.assert(
      fc.property(nowArb, (now) => {
        const flip = nextGamblingBanFlip(now.getTime());
        expect(isGamblingBanHour(new Date(flip))).not.toBe(isGamblingBanHour(now));
        expect(isGamblingBanHour(new Date(flip - 1))).toBe(isGamblingBanHour(now));
      }),
    );
  });
});
