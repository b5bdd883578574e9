import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlEngine } from '../dialect';

/** Articles, tags, users, idempotency keys, media, ad documents and counters. */
export function initialMigration(engine: SqlEngine): Migration {
  const blob = engine === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('site_articles')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('slug', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('status', 'varchar(32)', (c) => c.notNull())
        .addColumn('rev', 'integer', (c) => c.notNull())
        .addColumn('publish_at', 'varchar(40)')
        .addColumn('embargo_until', 'varchar(40)')
        .addColumn('expire_at', 'varchar(40)')
        .addColumn('published_at', 'varchar(40)')
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('change_seq', 'integer', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('site_articles_status_published').on('site_articles').columns(['status', 'published_at']).execute();
      await db.schema.createIndex('site_articles_publish_at').on('site_articles').columns(['status', 'publish_at']).execute();
      await db.schema.createIndex('site_articles_expire_at').on('site_articles').columns(['status', 'expire_at']).execute();
      await db.schema.createIndex('site_articles_change_seq').on('site_articles').column('change_seq').unique().execute();

      await db.schema
        .createTable('site_article_tags')
        .addColumn('article_id', 'varchar(64)', (c) => c.notNull().references('site_articles.id').onDelete('cascade'))
        .addColumn('tag_slug', 'varchar(100)', (c) => c.notNull())
        .addColumn('tag', 'varchar(100)', (c) => c.notNull())
        .addPrimaryKeyConstraint('site_article_tags_pk', ['article_id', 'tag_slug'])
        .execute();
      await db.schema.createIndex('site_article_tags_slug').on('site_article_tags').column('tag_slug').execute();

      await db.schema
        .createTable('site_users')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(100)', (c) => c.notNull().unique())
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('site_idempotency')
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('idem_key', 'varchar(200)', (c) => c.notNull())
        .addColumn('request_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('site_idempotency_pk', ['user_id', 'idem_key'])
        .execute();

      await db.schema
        .createTable('site_media')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('mime', 'varchar(40)', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('data', sql.raw(blob), (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('site_ad_documents')
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('id', 'varchar(64)', (c) => c.notNull())
        .addColumn('doc', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('site_ad_documents_pk', ['kind', 'id'])
        .execute();

      await db.schema
        .createTable('site_counters')
        .addColumn('name', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
      await db.insertInto('site_counters' as never).values({ name: 'change_seq', value: 0 } as never).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['site_counters', 'site_ad_documents', 'site_media', 'site_idempotency', 'site_users', 'site_article_tags', 'site_articles']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
