import type { ArticleStatus } from '../../core/article/article';
import type { SiteExecutor } from '../db/schema';
import { articleFromRow } from './rows';
import type { SiteArticle } from './site-article';

/** All articles (any status) for signed-in users, most recently changed first. */
export async function listAllArticles(db: SiteExecutor, opts: { status?: ArticleStatus; limit: number; offset: number }): Promise<SiteArticle[]> {
  let query = db.selectFrom('site_articles').select('doc').orderBy('change_seq', 'desc').limit(opts.limit).offset(opts.offset);
  if (opts.status) query = query.where('status', '=', opts.status);
  return (await query.execute()).map(articleFromRow);
}

/** One page of the changes feed: articles changed after `cursor`, oldest change first. */
export async function changesSince(db: SiteExecutor, cursor: number, limit: number): Promise<{ articles: SiteArticle[]; cursor: number }> {
  const rows = await db
    .selectFrom('site_articles')
    .select(['doc', 'change_seq'])
    .where('change_seq', '>', cursor)
    .orderBy('change_seq')
    .limit(limit)
    .execute();
  const last = rows.at(-1);
  return { articles: rows.map(articleFromRow), cursor: last ? Number(last.change_seq) : cursor };
}

/** Articles whose publish or expiry time has come (`nowIso` is UTC). */
export async function listDueArticles(db: SiteExecutor, nowIso: string): Promise<SiteArticle[]> {
  const rows = await db
    .selectFrom('site_articles')
    .select('doc')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'scheduled'), eb.or([eb('publish_at', '<=', nowIso), eb('expire_at', '<=', nowIso)])]),
        eb.and([eb('status', '=', 'published'), eb('expire_at', '<=', nowIso)]),
      ]),
    )
    .orderBy('publish_at')
    .limit(500)
    .execute();
  return rows.map(articleFromRow);
}
