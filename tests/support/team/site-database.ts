import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where one reference site keeps its data for a test: a fresh PostgreSQL database, or SQLite in a temp dir. */
export interface SiteDatabase {
  kind: 'postgres' | 'sqlite';
  /** Environment for `site/main.ts`: DATABASE_URL, or COPYDESK_SITE_DATA. */
  env: Record<string, string>;
  /** Human-readable, for the test log. */
  describe: string;
  drop(): Promise<void>;
}

/**
 * The PostgreSQL server the site tests use: COPYDESK_TEST_PG_URL (what .ci/run exports), or a
 * DATABASE_URL of the caller's shell. Empty when there is none.
 */
export function testPostgresUrl(): string {
  return process.env.COPYDESK_TEST_PG_URL || process.env.DATABASE_URL || '';
}

/**
 * A fresh database for one site: on the test PostgreSQL server a new database
 * `copydesk_team_<random>` (created here, dropped by `drop`), so a run never sees another run's
 * rows. Without PostgreSQL it falls back to SQLite in a temp dir and says so; under CI that is
 * an error, because CI always has PostgreSQL (.ci/run starts it).
 */
export async function freshSiteDatabase(): Promise<SiteDatabase> {
  const base = testPostgresUrl();
  if (!base) {
    if (process.env.CI) throw new Error('CI runs the team e2e on PostgreSQL: COPYDESK_TEST_PG_URL is not set (.ci/run exports it from tests/support/postgres/pg-up.sh).');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-team-site-'));
    console.warn(`team e2e: no PostgreSQL (COPYDESK_TEST_PG_URL / DATABASE_URL unset): the site runs on SQLite in ${dir}`);
    return { kind: 'sqlite', env: { COPYDESK_SITE_DATA: dir }, describe: `SQLite in ${dir}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const name = `copydesk_team_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString() },
    describe: `PostgreSQL database ${name}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
