import type { SiteAdItem, SiteApiArticle, SiteChangesAnswer, SitePresence, SiteThread } from '../../core/sync/reference-site-api';
import { adDocumentsChangedSince } from '../ads/store';
import { apiArticle } from '../articles/live-version';
import { articlesChangedSince } from '../articles/staff-queries';
import { threadsChangedSince } from '../comments/store';
import type { SiteExecutor } from '../db/schema';
import { currentPresence } from '../presence/store';

type Change = { seq: number; kind: 'article'; item: SiteApiArticle } | { seq: number; kind: 'thread'; item: SiteThread } | { seq: number; kind: 'ad'; item: SiteAdItem };

/**
 * One page of the changes feed: articles, threads and ad documents changed after `cursor`, at
 * their current state, at most `limit` of them all together, oldest change first (one counter
 * orders all three), plus who is editing what now. One indexed query per kind: each asks for
 * limit + 1 rows, so whether more waits is known without another round.
 */
export async function changesSince(db: SiteExecutor, cursor: number, limit: number, now: Date): Promise<SiteChangesAnswer> {
  const [articles, threads, ads, presence] = await Promise.all([
    articlesChangedSince(db, cursor, limit + 1),
    threadsChangedSince(db, cursor, limit + 1),
    adDocumentsChangedSince(db, cursor, limit + 1),
    currentPresence(db, now),
  ]);
  const all: Change[] = [
    ...articles.map((a) => ({ seq: a.seq, kind: 'article' as const, item: apiArticle(a.article) })),
    ...threads.map((t) => ({ seq: t.seq, kind: 'thread' as const, item: t.item })),
    ...ads.map((a) => ({ seq: a.seq, kind: 'ad' as const, item: a.item as SiteAdItem })),
  ].sort((a, b) => a.seq - b.seq);
  const page = all.slice(0, limit);
  return {
    articles: page.flatMap((c) => (c.kind === 'article' ? [c.item] : [])),
    threads: page.flatMap((c) => (c.kind === 'thread' ? [c.item] : [])),
    ads: page.flatMap((c) => (c.kind === 'ad' ? [c.item] : [])),
    presence: presence satisfies SitePresence[],
    cursor: page.at(-1)?.seq ?? cursor,
    more: all.length > limit,
  };
}
