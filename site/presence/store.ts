import type { SitePresence } from '../../core/sync/reference-site-api';
import type { SiteUser } from '../auth/users';
import type { SiteExecutor } from '../db/schema';

/** How long a heartbeat keeps someone "editing" (apps renew it every 20 s). */
export const PRESENCE_TTL_MS = 60_000;

const toPresence = (r: { article_id: string; user_id: string; name: string; until: string }): SitePresence => ({ articleId: r.article_id, userId: r.user_id, name: r.name, until: r.until });

/**
 * Records that `user` is editing the article until now + 60 s (editing) or no longer
 * (not editing). Rows live in the database, so every site process on one PostgreSQL sees them;
 * expired rows go on the way.
 */
export async function setPresence(db: SiteExecutor, articleId: string, user: SiteUser, editing: boolean, now: Date): Promise<void> {
  await db.deleteFrom('site_presence').where('until', '<=', now.toISOString()).execute();
  if (!editing) {
    await db.deleteFrom('site_presence').where('article_id', '=', articleId).where('user_id', '=', user.id).execute();
    return;
  }
  const until = new Date(now.getTime() + PRESENCE_TTL_MS).toISOString();
  await db
    .insertInto('site_presence')
    .values({ article_id: articleId, user_id: user.id, name: user.name, until })
    .onConflict((oc) => oc.columns(['article_id', 'user_id']).doUpdateSet({ name: user.name, until }))
    .execute();
}

/** Everyone editing something right now (or one article's editors), by article and name. */
export async function currentPresence(db: SiteExecutor, now: Date, articleId?: string): Promise<SitePresence[]> {
  let query = db.selectFrom('site_presence').selectAll().where('until', '>', now.toISOString()).orderBy('article_id').orderBy('name').orderBy('user_id');
  if (articleId !== undefined) query = query.where('article_id', '=', articleId);
  return (await query.execute()).map(toPresence);
}
