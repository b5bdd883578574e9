import type { Kysely, Migration } from 'kysely';

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists

/** Comment threads (the thread as JSON, in the changes feed) and who wrote each reply (for replays). */
async function comments(db: Db): Promise<void> {
  await db.schema
    .createTable('site_comment_threads')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('article_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('author_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('change_seq', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('site_comment_threads_change_seq').on('site_comment_threads').column('change_seq').unique().execute();
  await db.schema.createIndex('site_comment_threads_article').on('site_comment_threads').column('article_id').execute();
  await db.schema
    .createTable('site_comment_replies')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('thread_id', 'varchar(64)', (c) => c.notNull().references('site_comment_threads.id').onDelete('cascade'))
    .addColumn('author_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
    .execute();
}

/** Who has which article open; rows expire by `until`, so several site processes share one table. */
async function presence(db: Db): Promise<void> {
  await db.schema
    .createTable('site_presence')
    .addColumn('article_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('until', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('site_presence_pk', ['article_id', 'user_id'])
    .execute();
  await db.schema.createIndex('site_presence_until').on('site_presence').column('until').execute();
}

/** Comment threads and replies, and presence (docs/team-sync.md). */
export function commentsAndPresenceMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await comments(db as Db);
      await presence(db as Db);
    },
  };
}
