import type { SiteExecutor } from '../db/schema';
import { nextChangeSeq } from '../db/change-seq';
import { articleFromRow, articleRow, liveTagRows, tagRows } from './rows';
import type { SiteArticle } from './site-article';

async function replaceTags(trx: SiteExecutor, article: SiteArticle): Promise<void> {
  await trx.deleteFrom('site_article_tags').where('article_id', '=', article.id).execute();
  const rows = tagRows(article);
  if (rows.length) await trx.insertInto('site_article_tags').values(rows).execute();
  await trx.deleteFrom('site_live_tags').where('article_id', '=', article.id).execute();
  const live = liveTagRows(article);
  if (live.length) await trx.insertInto('site_live_tags').values(live).execute();
}

/** Inserts a new article. Call inside a transaction. */
export async function insertArticle(trx: SiteExecutor, article: SiteArticle): Promise<void> {
  const change_seq = await nextChangeSeq(trx);
  await trx.insertInto('site_articles').values({ ...articleRow(article), change_seq }).execute();
  await replaceTags(trx, article);
}

/** Stores a changed article. Call inside a transaction, after reading it `forUpdate`. */
export async function updateArticle(trx: SiteExecutor, article: SiteArticle): Promise<void> {
  const change_seq = await nextChangeSeq(trx);
  await trx.updateTable('site_articles').set({ ...articleRow(article), change_seq }).where('id', '=', article.id).execute();
  await replaceTags(trx, article);
}

/** One article by id, or null. */
export async function getArticle(db: SiteExecutor, id: string): Promise<SiteArticle | null> {
  const row = await db.selectFrom('site_articles').select('doc').where('id', '=', id).executeTakeFirst();
  return row ? articleFromRow(row) : null;
}

/** Whether an article exists, without reading its document (presence heartbeats, comments). */
export async function articleExists(db: SiteExecutor, id: string): Promise<boolean> {
  return !!(await db.selectFrom('site_articles').select('id').where('id', '=', id).executeTakeFirst());
}

/** One article by id, locking its row until the transaction ends (PostgreSQL; SQLite writes are serial anyway). */
export async function getArticleForUpdate(trx: SiteExecutor, id: string, engine: 'sqlite' | 'postgres'): Promise<SiteArticle | null> {
  let query = trx.selectFrom('site_articles').select('doc').where('id', '=', id);
  if (engine === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? articleFromRow(row) : null;
}

/** The id of an article using `slug` in its working copy or its live version (another's, when `except` is given), if any. */
export async function articleIdBySlug(db: SiteExecutor, slug: string, except?: string): Promise<string | null> {
  let query = db.selectFrom('site_articles').select('id').where((eb) => eb.or([eb('slug', '=', slug), eb('live_slug', '=', slug)]));
  if (except !== undefined) query = query.where('id', '!=', except);
  const row = await query.executeTakeFirst();
  return row?.id ?? null;
}

/** Slugs (working or live) starting with `base` (for finding a free one; slugs hold no LIKE wildcards). */
export async function slugsLike(db: SiteExecutor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('site_articles')
    .select(['slug', 'live_slug'])
    .where((eb) => eb.or([eb('slug', 'like', `${base}%`), eb('live_slug', 'like', `${base}%`)]))
    .execute();
  return new Set(rows.flatMap((r) => (r.live_slug ? [r.slug, r.live_slug] : [r.slug])));
}
