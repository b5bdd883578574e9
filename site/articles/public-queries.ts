import type { ExpressionBuilder } from 'kysely';
import type { SiteExecutor, SiteTables } from '../db/schema';
import { publicVersion } from './live-version';
import { articleFromRow } from './rows';
import { isPublic, type SiteArticle } from './site-article';

/** SQL form of `isPublic`: published, not deleted, past any embargo, not yet expired. */
export function publicAt(nowIso: string) {
  return (eb: ExpressionBuilder<SiteTables, 'site_articles'>) =>
    eb.and([
      eb('site_articles.status', '=', 'published'),
      eb('site_articles.deleted_at', 'is', null),
      eb.or([eb('site_articles.embargo_until', 'is', null), eb('site_articles.embargo_until', '<=', nowIso)]),
      eb.or([eb('site_articles.expire_at', 'is', null), eb('site_articles.expire_at', '>', nowIso)]),
    ]);
}

/**
 * Every check runs twice (SQL, then `isPublic` in code), so a query slip cannot leak a draft;
 * what leaves is the live version, never a pending update.
 */
const keepPublic = (articles: SiteArticle[], now: Date) => articles.filter((a) => isPublic(a, now)).map(publicVersion);

/** Public articles (their live versions), newest first. */
export async function listPublicArticles(db: SiteExecutor, now: Date, limit: number, offset = 0): Promise<SiteArticle[]> {
  const rows = await db
    .selectFrom('site_articles')
    .select('doc')
    .where(publicAt(now.toISOString()))
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return keepPublic(rows.map(articleFromRow), now);
}

/** The public article whose live version has `slug`, or null (also for drafts, embargoed, expired …). */
export async function getPublicArticleBySlug(db: SiteExecutor, slug: string, now: Date): Promise<SiteArticle | null> {
  const row = await db.selectFrom('site_articles').select('doc').where('live_slug', '=', slug).where(publicAt(now.toISOString())).executeTakeFirst();
  return keepPublic(row ? [articleFromRow(row)] : [], now)[0] ?? null;
}

/** The public article with `id`, or null. */
export async function getPublicArticleById(db: SiteExecutor, id: string, now: Date): Promise<SiteArticle | null> {
  const row = await db.selectFrom('site_articles').select('doc').where('id', '=', id).where(publicAt(now.toISOString())).executeTakeFirst();
  return keepPublic(row ? [articleFromRow(row)] : [], now)[0] ?? null;
}

/** Public articles whose live version carries the tag with this slug, newest first. */
export async function listPublicArticlesByTag(db: SiteExecutor, tagSlug: string, now: Date, limit: number): Promise<SiteArticle[]> {
  const rows = await db
    .selectFrom('site_articles')
    .innerJoin('site_live_tags', 'site_live_tags.article_id', 'site_articles.id')
    .select('site_articles.doc')
    .where('site_live_tags.tag_slug', '=', tagSlug)
    .where(publicAt(now.toISOString()))
    .orderBy('site_articles.published_at', 'desc')
    .orderBy('site_articles.id')
    .limit(limit)
    .execute();
  return keepPublic(rows.map(articleFromRow), now);
}

/** A tag with the number of articles carrying it. */
export interface TagCount {
  slug: string;
  name: string;
  count: number;
}

/** Tags of the live versions of public articles (publicOnly), or of the working copies of all undeleted articles, by slug. */
export async function listTags(db: SiteExecutor, now: Date, publicOnly: boolean): Promise<TagCount[]> {
  const table = publicOnly ? 'site_live_tags' : 'site_article_tags';
  let query = db
    .selectFrom(`${table} as t`)
    .innerJoin('site_articles', 'site_articles.id', 't.article_id')
    .select((eb) => ['t.tag_slug as slug', eb.fn.min('t.tag').as('name'), eb.fn.countAll().as('count')])
    .where('site_articles.deleted_at', 'is', null)
    .groupBy('t.tag_slug')
    .orderBy('t.tag_slug');
  if (publicOnly) query = query.where(publicAt(now.toISOString()));
  const rows = await query.execute();
  return rows.map((r) => ({ slug: r.slug, name: String(r.name), count: Number(r.count) }));
}
