import type { SiteAdItem, SiteApiArticle, SiteChangesAnswer, SitePresence, SiteThread } from '../../core/sync/reference-site-api';
import { adDocumentsChangedSince } from '../ads/store';
import { apiArticle } from '../articles/live-version';
import { articlesChangedSince } from '../articles/staff-queries';
import { threadsChangedSince } from '../comments/store';
import type { SiteDb, SiteExecutor } from '../db/schema';
import { currentPresence } from '../presence/store';

/** How many changes wait after `cursor`, over the three kinds (each one indexed count). */
async function changesAfter(db: SiteExecutor, cursor: number): Promise<number> {
  const count = (table: 'site_articles' | 'site_comment_threads' | 'site_ad_documents') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('change_seq', '>', cursor).executeTakeFirst().then((r) => Number(r?.n ?? 0));
  const counts = await Promise.all([count('site_articles'), count('site_comment_threads'), count('site_ad_documents')]);
  return counts.reduce((a, b) => a + b, 0);
}

type Change = { seq: number; kind: 'article'; item: SiteApiArticle } | { seq: number; kind: 'thread'; item: SiteThread } | { seq: number; kind: 'ad'; item: SiteAdItem };

/**
 * One page of the changes feed: articles, threads and ad documents changed after `cursor`, at
 * their current state, at most `limit` of them all together, oldest change first (one counter
 * orders all three), plus who is editing what now and how many changes wait after the page.
 * One indexed query per kind: each asks for limit + 1 rows, so whether more waits is known
 * without another round (and the count is needed only then). All of them read one snapshot:
 * apart, an article saved between the article and the thread query was missed for good once a
 * later thread moved the cursor past it (CI on PostgreSQL: a reviewer never got the text her
 * accepted suggestions made).
 */
export function changesSince(db: SiteDb, cursor: number, limit: number, now: Date): Promise<SiteChangesAnswer> {
  return db.transaction().setIsolationLevel('repeatable read').execute((trx) => pageFrom(trx, cursor, limit, now));
}

async function pageFrom(db: SiteExecutor, cursor: number, limit: number, now: Date): Promise<SiteChangesAnswer> {
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
  const cursorAfter = page.at(-1)?.seq ?? cursor;
  return {
    articles: page.flatMap((c) => (c.kind === 'article' ? [c.item] : [])),
    threads: page.flatMap((c) => (c.kind === 'thread' ? [c.item] : [])),
    ads: page.flatMap((c) => (c.kind === 'ad' ? [c.item] : [])),
    presence: presence satisfies SitePresence[],
    cursor: cursorAfter,
    more: all.length > limit,
    remaining: all.length > limit ? await changesAfter(db, cursorAfter) : 0,
  };
}
