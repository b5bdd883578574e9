import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlEngine } from '../dialect';

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists

/** The channel every site process LISTENs on; the payload is the writer's schema (one database may hold several sites, or tests). */
export const SITE_CHANGES_CHANNEL = 'copydesk_site_changes';

/**
 * For the page cache: on PostgreSQL every committed bump of the change counter notifies the
 * other site processes (NOTIFY is delivered at commit, never for a rolled-back write), and the
 * embargo index lets a list page find the next article to appear without a scan.
 */
async function signals(db: Db, engine: SqlEngine): Promise<void> {
  await db.schema.createIndex('site_articles_embargo_until').on('site_articles').columns(['status', 'embargo_until']).execute();
  if (engine !== 'postgres') return;
  await sql`create or replace function site_notify_change() returns trigger language plpgsql as $$
    begin perform pg_notify(${sql.lit(SITE_CHANGES_CHANNEL)}, current_schema()); return null; end $$`.execute(db);
  await sql`create trigger site_counters_notify after update on site_counters for each row
    when (new.name = 'change_seq') execute function site_notify_change()`.execute(db);
}

/** Change notifications and the embargo index for the render cache. */
export function pageCacheSignalsMigration(engine: SqlEngine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await signals(db as Db, engine);
    },
  };
}
