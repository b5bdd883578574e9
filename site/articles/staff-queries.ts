import type { ArticleStatus } from '../../core/article/article';
import type { SiteExecutor } from '../db/schema';
import { articleFromRow } from './rows';
import type { SiteArticle } from './site-article';

/** All undeleted articles (any status) for signed-in users, most recently changed first. */
export async function listAllArticles(db: SiteExecutor, opts: { status?: ArticleStatus; limit: number; offset: number }): Promise<SiteArticle[]> {
  let query = db.selectFrom('site_articles').select('doc').where('deleted_at', 'is', null).orderBy('change_seq', 'desc').limit(opts.limit).offset(opts.offset);
  if (opts.status) query = query.where('status', '=', opts.status);
  return (await query.execute()).map(articleFromRow);
}

/** Articles changed after `cursor`, oldest change first, with their feed positions. */
export async function articlesChangedSince(db: SiteExecutor, cursor: number, limit: number): Promise<Array<{ seq: number; article: SiteArticle }>> {
  const rows = await db.selectFrom('site_articles').select(['doc', 'change_seq']).where('change_seq', '>', cursor).orderBy('change_seq').limit(limit).execute();
  return rows.map((row) => ({ seq: Number(row.change_seq), article: articleFromRow(row) }));
}

/** Undeleted articles whose publish or expiry time has come (`nowIso` is UTC). */
export async function listDueArticles(db: SiteExecutor, nowIso: string): Promise<SiteArticle[]> {
  const rows = await db
    .selectFrom('site_articles')
    .select('doc')
    .where('deleted_at', 'is', null)
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
