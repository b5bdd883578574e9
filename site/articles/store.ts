import type { SiteExecutor } from '../db/schema';
import { articleFromRow, articleRow, tagRows } from './rows';
import type { SiteArticle } from './site-article';

/** Takes the next position in the changes feed. Runs inside the writer's transaction: the row
 *  lock serializes writers on PostgreSQL, so feed positions become visible in order. */
async function nextChangeSeq(trx: SiteExecutor): Promise<number> {
  const row = await trx
    .updateTable('site_counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', 'change_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

async function replaceTags(trx: SiteExecutor, article: SiteArticle): Promise<void> {
  await trx.deleteFrom('site_article_tags').where('article_id', '=', article.id).execute();
  const rows = tagRows(article);
  if (rows.length) await trx.insertInto('site_article_tags').values(rows).execute();
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

/** One article by id, locking its row until the transaction ends (PostgreSQL; SQLite writes are serial anyway). */
export async function getArticleForUpdate(trx: SiteExecutor, id: string, engine: 'sqlite' | 'postgres'): Promise<SiteArticle | null> {
  let query = trx.selectFrom('site_articles').select('doc').where('id', '=', id);
  if (engine === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? articleFromRow(row) : null;
}

/** The id of the article using `slug`, if any. */
export async function articleIdBySlug(db: SiteExecutor, slug: string): Promise<string | null> {
  const row = await db.selectFrom('site_articles').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id ?? null;
}

/** Slugs starting with `base` (for finding a free one). */
export async function slugsLike(db: SiteExecutor, base: string): Promise<Set<string>> {
  const rows = await db.selectFrom('site_articles').select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(rows.map((r) => r.slug));
}
