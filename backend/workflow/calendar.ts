import type { AdConfig } from '../../core/ads/model';
import { AppError } from '../../core/contract/result';
import { earliestGoLive } from '../../core/workflow/schedule';
import type { ArticleStore } from '../articles/store/article-store';

/** Scheduled and published articles (release, publication, expiry) and campaign flights between two UTC instants. */
export async function calendarEntries(store: ArticleStore, adConfig: AdConfig, from: string, to: string, now: Date) {
  const [lo, hi] = [Date.parse(from), Date.parse(to)];
  if (hi <= lo) throw new AppError('INVALID_ARGUMENT', '"to" must come after "from".');
  const inRange = (iso: string) => Date.parse(iso) >= lo && Date.parse(iso) < hi;
  const articles = [];
  for (const s of store.list()) {
    if (s.damaged || (s.status !== 'scheduled' && s.status !== 'published')) continue;
    const a = await store.get(s.id).catch(() => null);
    if (!a) continue;
    const base = { id: a.id, rev: a.rev, headline: a.headline, section: a.section, status: a.status };
    if (a.status === 'scheduled') {
      const goLive = a.schedule ? earliestGoLive(a.schedule) : undefined;
      if (goLive !== undefined && inRange(new Date(goLive).toISOString())) articles.push({ ...base, kind: 'publish' as const, at: new Date(goLive).toISOString() });
    } else {
      const went = [...a.statusHistory].reverse().find((h) => h.to === 'published');
      if (went && inRange(went.at)) articles.push({ ...base, kind: 'published' as const, at: went.at });
    }
    if (a.schedule?.expireAt && inRange(a.schedule.expireAt)) articles.push({ ...base, kind: 'expire' as const, at: a.schedule.expireAt });
  }
  articles.sort((x, y) => x.at.localeCompare(y.at));
  const flights = adConfig.campaigns
    .filter((c) => Date.parse(c.flightStart) < hi && Date.parse(c.flightEnd) > lo)
    .map((c) => ({ id: c.id, advertiser: c.advertiser, category: c.category, start: c.flightStart, end: c.flightEnd }));
  return { articles, flights, now: now.toISOString() };
}
