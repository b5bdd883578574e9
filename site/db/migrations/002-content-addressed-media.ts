import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlEngine } from '../dialect';

/**
 * Media ids became content addresses ("<sha256 hex>.png", 68 characters), the ids the app gives
 * its images. PostgreSQL enforces varchar lengths; SQLite does not, so nothing changes there.
 */
export function contentAddressedMediaMigration(engine: SqlEngine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (engine === 'postgres') await sql`alter table site_media alter column id type varchar(100)`.execute(db);
    },
  };
}
