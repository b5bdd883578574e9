import { sql, type Kysely, type Migration } from 'kysely';
import { userNameKey } from '../../auth/user-name';

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists

/** Case-insensitive unique display names and disabled accounts (existing names keep their spelling). */
async function people(db: Db): Promise<void> {
  await db.schema.alterTable('site_users').addColumn('name_key', 'varchar(100)').execute();
  await db.schema.alterTable('site_users').addColumn('disabled_at', 'varchar(40)').execute();
  for (const user of await db.selectFrom('site_users').select(['id', 'name']).execute()) {
    await db.updateTable('site_users').set({ name_key: userNameKey(String(user.name)) }).where('id', '=', user.id).execute();
  }
  await db.schema.createIndex('site_users_name_folded').on('site_users').column('name_key').unique().execute();
}

/**
 * Soft deletion, and the live version's slug and tags: a published article with a pending update
 * is found in public by what is live, not by the working copy.
 */
async function articles(db: Db): Promise<void> {
  await db.schema.alterTable('site_articles').addColumn('deleted_at', 'varchar(40)').execute();
  await db.schema.alterTable('site_articles').addColumn('live_slug', 'varchar(100)').execute();
  await db.updateTable('site_articles').set({ live_slug: sql`slug` }).where('status', '=', 'published').execute();
  await db.schema.createIndex('site_articles_live_slug').on('site_articles').column('live_slug').execute();
  await db.schema
    .createTable('site_live_tags')
    .addColumn('article_id', 'varchar(64)', (c) => c.notNull().references('site_articles.id').onDelete('cascade'))
    .addColumn('tag_slug', 'varchar(100)', (c) => c.notNull())
    .addColumn('tag', 'varchar(100)', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_live_tags_pk', ['article_id', 'tag_slug'])
    .execute();
  await db.schema.createIndex('site_live_tags_slug').on('site_live_tags').column('tag_slug').execute();
  await sql`insert into site_live_tags (article_id, tag_slug, tag)
    select t.article_id, t.tag_slug, t.tag from site_article_tags t join site_articles a on a.id = t.article_id where a.status = 'published'`.execute(db);
}

/** People (display names, disabled accounts) and articles (soft deletion, the live version's slug and tags). */
export function peopleAndDeletionsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await people(db as Db);
      await articles(db as Db);
    },
  };
}
