import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { SqlEngine } from './dialect';
import { migrateToLatest } from './migrate';
import type { SiteDb } from './schema';

/** Where the site keeps its data: a PostgreSQL URL, a directory for SQLite, or memory (tests). */
export type DatabaseTarget = { postgresUrl: string } | { sqliteDir: string } | { sqliteMemory: true };

/** An open, migrated site database. */
export interface OpenDatabase {
  kysely: SiteDb;
  engine: SqlEngine;
  /** PostgreSQL only: where a process opens its own connection to LISTEN for changes (db/change-listener.ts). */
  postgresUrl?: string;
  close(): Promise<void>;
}

/**
 * The drivers load on first use: the desktop app bundles this server as its embedded site, and
 * a native module built for another runtime must cost the embedded site, not the app's start.
 */
async function sqliteDialect(file: string): Promise<SqliteDialect> {
  const { default: Database } = await import('better-sqlite3');
  const database = new Database(file);
  // WAL lets public page reads run while the API writes; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
}

/** Opens the database and runs pending migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let db: SiteDb;
  let engine: SqlEngine;
  if ('postgresUrl' in target) {
    engine = 'postgres';
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target.postgresUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the site;
    // the pool replaces it and the next query reconnects.
    pool.on('error', (err) => console.error(`site database: idle connection lost: ${err.message}`));
    db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  } else if ('sqliteDir' in target) {
    engine = 'sqlite';
    mkdirSync(target.sqliteDir, { recursive: true });
    db = new Kysely({ dialect: await sqliteDialect(join(target.sqliteDir, 'site.db')) });
  } else {
    engine = 'sqlite';
    db = new Kysely({ dialect: await sqliteDialect(':memory:') });
  }
  try {
    await migrateToLatest(db, engine);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return { kysely: db, engine, ...('postgresUrl' in target ? { postgresUrl: target.postgresUrl } : {}), close: () => db.destroy() };
}

/** Picks the target from the environment: DATABASE_URL wins, else COPYDESK_SITE_DATA. */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv, defaultDataDir: string): DatabaseTarget {
  if (env.DATABASE_URL) return { postgresUrl: env.DATABASE_URL };
  return { sqliteDir: env.COPYDESK_SITE_DATA || defaultDataDir };
}
