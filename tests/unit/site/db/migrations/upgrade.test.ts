import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SLOTS } from '../../../../../core/ads/index';
import { listPublicArticlesByTag, getPublicArticleBySlug } from '../../../../../site/articles/public-queries';
import { findUserByToken } from '../../../../../site/auth/users';
import { hashApiToken } from '../../../../../site/auth/tokens';
import { migrateToLatest } from '../../../../../site/db/migrate';
import { initialMigration } from '../../../../../site/db/migrations/001-initial';
import { contentAddressedMediaMigration } from '../../../../../site/db/migrations/002-content-addressed-media';
import type { SiteDb } from '../../../../../site/db/schema';
import { createTestDatabase, testEngines } from '../../site-test-kit';

const NOW = new Date('2026-03-10T10:00:00Z');
const TOKEN = 'a'.repeat(43);

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`upgrading a site database of migration 002 on ${engine}`, () => {
    it('keeps users, published articles and a custom inventory working, and seeds nothing over it', async () => {
      const handle = await createTestDatabase(engine);
      const target = handle.target;
      const dialect =
        'postgresUrl' in target ? new PostgresDialect({ pool: new pg.Pool({ connectionString: target.postgresUrl, max: 2 }) }) : new SqliteDialect({ database: new Database(':memory:') });
      const db = new Kysely<unknown>({ dialect }) as unknown as SiteDb;
      try {
        const old = { '001-initial': initialMigration(engine), '002-content-addressed-media': contentAddressedMediaMigration(engine) };
        const migrator = new Migrator({ db, provider: { getMigrations: async () => old }, migrationTableName: 'site_migrations', migrationLockTableName: 'site_migrations_lock' });
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        const article = { id: 'alt-artikel', slug: 'alt', status: 'published', headline: 'Von früher', tags: ['Hafen'], schedule: {}, publishedAt: NOW.toISOString(), updatedAt: NOW.toISOString() };
        await sql`insert into site_users (id, name, role, token_hash, created_at) values ('u1', 'lena', 'editor', ${hashApiToken(TOKEN)}, ${NOW.toISOString()})`.execute(db);
        await sql`insert into site_articles (id, slug, status, rev, published_at, updated_at, change_seq, doc)
          values ('alt-artikel', 'alt', 'published', 3, ${NOW.toISOString()}, ${NOW.toISOString()}, 1, ${JSON.stringify(article)})`.execute(db);
        await sql`insert into site_article_tags (article_id, tag_slug, tag) values ('alt-artikel', 'hafen', 'Hafen')`.execute(db);
        await sql`insert into site_ad_documents (kind, id, doc, updated_at) values ('slots', 'eigen', ${JSON.stringify({ ...SAMPLE_SLOTS[0], id: 'eigen' })}, 'x')`.execute(db);
        await sql`update site_counters set value = 1 where name = 'change_seq'`.execute(db);

        await migrateToLatest(db, engine);

        expect(await findUserByToken(db, TOKEN)).toEqual({ id: 'u1', name: 'lena', role: 'editor' });
        expect((await getPublicArticleBySlug(db, 'alt', NOW))?.headline).toBe('Von früher');
        expect((await listPublicArticlesByTag(db, 'hafen', NOW, 10)).map((a) => a.id)).toEqual(['alt-artikel']);
        const ads = await db.selectFrom('site_ad_documents').select(['kind', 'id', 'change_seq']).execute();
        expect(ads).toEqual([{ kind: 'slots', id: 'eigen', change_seq: 2 }]);
      } finally {
        await db.destroy();
        await handle.dispose();
      }
    });
  });
}
