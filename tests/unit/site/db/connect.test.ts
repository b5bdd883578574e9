import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseTargetFromEnv, openDatabase } from '../../../../site/db/connect';
import { createTestDatabase, testEngines } from '../site-test-kit';

describe('databaseTargetFromEnv', () => {
  it('uses PostgreSQL when DATABASE_URL is set, else the SQLite directory', () => {
    expect(databaseTargetFromEnv({ DATABASE_URL: 'postgres://x/y', COPYDESK_SITE_DATA: '/d' }, '/fallback')).toEqual({ postgresUrl: 'postgres://x/y' });
    expect(databaseTargetFromEnv({ COPYDESK_SITE_DATA: '/d' }, '/fallback')).toEqual({ sqliteDir: '/d' });
    expect(databaseTargetFromEnv({}, '/fallback')).toEqual({ sqliteDir: '/fallback' });
  });
});

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`migrations on ${engine}`, () => {
    it('create the schema once and keep data when the database is opened again', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-site-db-'));
      const handle = await createTestDatabase(engine, join(dir, 'data'));
      try {
        const first = await openDatabase(handle.target);
        await first.kysely.insertInto('site_ad_documents').values({ kind: 'slots', id: 'a', doc: '{}', updated_at: 'x', change_seq: 9999, deleted_at: null }).execute();
        await first.close();
        if (engine === 'sqlite') expect(existsSync(join(dir, 'data', 'site.db'))).toBe(true);

        const second = await openDatabase(handle.target);
        const rows = await second.kysely.selectFrom('site_ad_documents').select('id').where('kind', '=', 'slots').orderBy('id').execute();
        const applied = await second.kysely.selectFrom('site_migrations' as never).select('name' as never).execute();
        await second.close();
        // The sample inventory was seeded once, by the first open; the second open changed nothing.
        expect(rows.map((r) => r.id)).toEqual(['a', 'end', 'in-article', 'sidebar', 'top']);
        expect(applied.map((r) => (r as { name: string }).name)).toEqual(['001-initial', '002-content-addressed-media', '003-people-and-deletions', '004-comments-and-presence', '005-ad-inventory-feed', '008-page-cache-signals']);
      } finally {
        await handle.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
