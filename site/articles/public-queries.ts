import type { ExpressionBuilder } from 'kysely';
import type { SiteExecutor, SiteTables } from '../db/schema';
import { articleFromRow } from './rows';
import { isPublic, type SiteArticle } from './site-article';

/** SQL form of `isPublic`: published, past any embargo, not yet expired. */
function publicAt(nowIso: string) {
  return (eb: ExpressionBuilder<SiteTables, 'site_articles'>) =>
    eb.and([
      eb('site_articles.status', '=', 'published'),
      eb.or([eb('site_articles.embargo_until', 'is', null), eb('site_articles.embargo_until', '<=', nowIso)]),
      eb.or([eb('site_articles.expire_at', 'is', null), eb('site_articles.expire_at', '>', nowIso)]),
    ]);
}

/** Every check runs twice (SQL, then `isPublic` in code), so a query slip cannot leak a draft. */
const keepPublic = (articles: SiteArticle[], now: Date) => articles.filter((a) => isPublic(a, now));

/** Public articles, newest first. */
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

/** The public article at `slug`, or null (also for drafts, embargoed, expired …). */
export async function getPublicArticleBySlug(db: SiteExecutor, slug: string, now: Date): Promise<SiteArticle | null> {
  const row = await db.selectFrom('site_articles').select('doc').where('slug', '=', slug).where(publicAt(now.toISOString())).executeTakeFirst();
  return keepPublic(row ? [articleFromRow(row)] : [], now)[0] ?? null;
}

/** The public article with `id`, or null. */
export async function getPublicArticleById(db: SiteExecutor, id: string, now: Date): Promise<SiteArticle | null> {
  const row = await db.selectFrom('site_articles').select('doc').where('id', '=', id).where(publicAt(now.toISOString())).executeTakeFirst();
  return keepPublic(row ? [articleFromRow(row)] : [], now)[0] ?? null;
}

/** Public articles carrying the tag with this slug, newest first. */
export async function listPublicArticlesByTag(db: SiteExecutor, tagSlug: string, now: Date, limit: number): Promise<SiteArticle[]> {
  const rows = await db
    .selectFrom('site_articles')
    .innerJoin('site_article_tags', 'site_article_tags.article_id', 'site_articles.id')
    .select('site_articles.doc')
    .where('site_article_tags.tag_slug', '=', tagSlug)
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

/** Tags of public articles (publicOnly) or of all articles, by slug. */
export async function listTags(db: SiteExecutor, now: Date, publicOnly: boolean): Promise<TagCount[]> {
  let query = db
    .selectFrom('site_article_tags')
    .innerJoin('site_articles', 'site_articles.id', 'site_article_tags.article_id')
    .select((eb) => ['site_article_tags.tag_slug as slug', eb.fn.min('site_article_tags.tag').as('name'), eb.fn.countAll().as('count')])
    .groupBy('site_article_tags.tag_slug')
    .orderBy('site_article_tags.tag_slug');
  if (publicOnly) query = query.where(publicAt(now.toISOString()));
  const rows = await query.execute();
  return rows.map((r) => ({ slug: r.slug, name: String(r.name), count: Number(r.count) }));
}
