import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { SqlEngine } from './dialect';
import { initialMigration } from './migrations/001-initial';
import { contentAddressedMediaMigration } from './migrations/002-content-addressed-media';
import { peopleAndDeletionsMigration } from './migrations/003-people-and-deletions';
import { commentsAndPresenceMigration } from './migrations/004-comments-and-presence';
import { adInventoryFeedMigration } from './migrations/005-ad-inventory-feed';
import { pageCacheSignalsMigration } from './migrations/008-page-cache-signals';
import type { SiteDb } from './schema';

/** Every migration in order. Names sort by their number; never rename or reorder one. */
function allMigrations(engine: SqlEngine): Record<string, Migration> {
  return {
    '001-initial': initialMigration(engine),
    '002-content-addressed-media': contentAddressedMediaMigration(engine),
    '003-people-and-deletions': peopleAndDeletionsMigration(),
    '004-comments-and-presence': commentsAndPresenceMigration(),
    '005-ad-inventory-feed': adInventoryFeedMigration(engine),
    '008-page-cache-signals': pageCacheSignalsMigration(engine),
  };
}

/** Brings the database schema up to the newest migration; throws when one fails. */
export async function migrateToLatest(db: SiteDb, engine: SqlEngine): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(engine) };
  // Kysely looks for its bookkeeping tables in every schema unless told which one; name the
  // current schema so another schema's tables (other sites, parallel tests) are not mistaken for ours.
  const migrationTableSchema = engine === 'postgres' ? await currentSchema(db) : undefined;
  const migrator = new Migrator({ db, provider, migrationTableName: 'site_migrations', migrationLockTableName: 'site_migrations_lock', migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Site database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function currentSchema(db: SiteDb): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check the search_path of DATABASE_URL.');
  return schema;
}
