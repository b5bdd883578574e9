import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { InjectOptions } from 'fastify';
import { addUser } from '../../../site/auth/users';
import type { Clock } from '../../../site/clock';
import { openDatabase, type DatabaseTarget, type OpenDatabase } from '../../../site/db/connect';
import type { SqlEngine } from '../../../site/db/dialect';
import { createSiteServer, type SiteServer } from '../../../site/server';

/** PostgreSQL for tests: COPYDESK_TEST_PG_URL or DATABASE_URL (tests/support/postgres/pg-up.sh prints one). */
export const TEST_PG_URL = process.env.COPYDESK_TEST_PG_URL || process.env.DATABASE_URL || '';

let warned = false;
/** Engines to run a suite on; PostgreSQL is skipped, loudly, when no server is configured. */
export function testEngines(): Array<{ engine: SqlEngine; skip: boolean }> {
  if (!TEST_PG_URL && !warned) {
    warned = true;
    console.warn('SKIPPED: site tests on PostgreSQL — set DATABASE_URL or COPYDESK_TEST_PG_URL (eval "$(tests/support/postgres/pg-up.sh)").');
  }
  return [
    { engine: 'sqlite', skip: false },
    { engine: 'postgres', skip: !TEST_PG_URL },
  ];
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: string | Date) {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  set(time: string | Date): void {
    this.t = new Date(time).getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** A private database: in-memory SQLite, or a fresh PostgreSQL schema dropped on `dispose`. */
export interface TestDatabaseHandle {
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

/** Creates an empty database for one test. For SQLite pass `sqliteDir` to get a file that survives a reopen. */
export async function createTestDatabase(engine: SqlEngine, sqliteDir?: string): Promise<TestDatabaseHandle> {
  if (engine === 'sqlite') {
    return { target: sqliteDir ? { sqliteDir } : { sqliteMemory: true }, dispose: async () => {} };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const sep = TEST_PG_URL.includes('?') ? '&' : '?';
  const postgresUrl = `${TEST_PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    target: { postgresUrl },
    async dispose() {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** A running (injected, not listening) site with one user of each role. */
export interface TestSite {
  app: SiteServer;
  db: OpenDatabase;
  clock: ManualClock;
  tokens: { editor: string; reviewer: string; publisher: string };
  /** fastify.inject with an optional bearer token. */
  call(method: InjectOptions['method'], url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): ReturnType<SiteServer['inject']>;
  close(): Promise<void>;
}

/** Starts a site on `engine` at `start` (default 2026-03-10 10:00 UTC) with the scheduler timer off. */
export async function startTestSite(engine: SqlEngine, start = '2026-03-10T10:00:00Z'): Promise<TestSite> {
  const handle = await createTestDatabase(engine);
  const db = await openDatabase(handle.target);
  const clock = new ManualClock(start);
  const app = await createSiteServer({ db, clock, schedulerIntervalMs: false, identity: { siteUrl: 'http://site.test' } });
  await app.ready();
  const mk = async (role: string) => (await addUser(db.kysely, `${role}-user`, role, clock.now())).token;
  const tokens = { editor: await mk('editor'), reviewer: await mk('reviewer'), publisher: await mk('publisher') };
  return {
    app,
    db,
    clock,
    tokens,
    call(method, url, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      const body = opts.body;
      const payload = body === undefined ? undefined : Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body);
      if (body !== undefined && !Buffer.isBuffer(body) && !headers['content-type']) headers['content-type'] = 'application/json';
      return app.inject({ method, url, headers, payload });
    },
    async close() {
      await app.close();
      await db.close();
      await handle.dispose();
    },
  };
}

/** Creates an article through the API as the editor and returns it. */
export async function createViaApi(site: TestSite, fields: Record<string, unknown>): Promise<{ id: string; rev: number; slug: string; status: string }> {
  const res = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields } });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().article;
}

/** Moves an article through the workflow with the given token; throws unless the site accepts it. */
export async function act(site: TestSite, id: string, token: string, action: string, schedule?: Record<string, string | null>): Promise<{ rev: number; status: string }> {
  const res = await site.call('POST', `/api/v1/articles/${id}/status`, { token, body: schedule ? { action, schedule } : { action } });
  if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  return res.json().article;
}

/** Creates an article and publishes it (submit, approve, publish). */
export async function publishViaApi(site: TestSite, fields: Record<string, unknown>, schedule?: Record<string, string | null>): Promise<{ id: string; slug: string }> {
  const article = await createViaApi(site, fields);
  await act(site, article.id, site.tokens.editor, 'submit');
  await act(site, article.id, site.tokens.reviewer, 'approve');
  await act(site, article.id, site.tokens.publisher, 'publish', schedule);
  return article;
}

/** A minimal valid PNG (1x1). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
