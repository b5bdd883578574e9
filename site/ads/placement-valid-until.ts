import { DAYTIME_BANNED_CATEGORIES, isGamblingBanHour, type AdConfig } from '../../core/ads/index';

const HOUR_MS = 3_600_000;

/**
 * The next instant after `fromMs` at which the German daytime ban switches on or off. Berlin's
 * offset from UTC is always whole hours, so the ban can only flip at a UTC hour boundary; the
 * boundaries of the next two days are checked with the rule's own predicate (no second copy
 * of 06:00/21:00 or of the DST dates).
 */
export function nextGamblingBanFlip(fromMs: number): number {
  const banned = isGamblingBanHour(new Date(fromMs));
  for (let t = Math.floor(fromMs / HOUR_MS) * HOUR_MS + HOUR_MS; t <= fromMs + 48 * HOUR_MS; t += HOUR_MS) {
    if (isGamblingBanHour(new Date(t)) !== banned) return t;
  }
  return fromMs + 48 * HOUR_MS;
}

/**
 * Until when (epoch ms, exclusive) every article's ad placement stays what it is at `at`:
 * placement depends on time only through campaign flights (start inclusive, end exclusive)
 * and the daytime ban of casino, slots and poker, so the next flight edge or ban flip is the
 * first instant it can change. Infinity when nothing in the inventory depends on time.
 */
export function placementValidUntil(config: Pick<AdConfig, 'campaigns'>, at: Date): number {
  const t = at.getTime();
  let until = Infinity;
  let banMatters = false;
  for (const campaign of config.campaigns) {
    for (const edge of [Date.parse(campaign.flightStart), Date.parse(campaign.flightEnd)]) {
      if (edge > t && edge < until) until = edge;
    }
    if (DAYTIME_BANNED_CATEGORIES.includes(campaign.category)) banMatters = true;
  }
  return banMatters ? Math.min(until, nextGamblingBanFlip(t)) : until;
}
