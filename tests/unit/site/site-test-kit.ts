import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { addUser } from '../../../site/auth/users';
import type { Clock } from '../../../site/clock';
import { openDatabase, type DatabaseTarget, type OpenDatabase } from '../../../site/db/connect';
import type { SqlEngine } from '../../../site/db/dialect';
import { createSiteServer, type SiteServer } from '../../../site/server';

/** PostgreSQL for tests: COPYDESK_TEST_PG_URL or DATABASE_URL (tests/support/postgres/pg-up.sh prints one). */
export const TEST_PG_URL = process.env.COPYDESK_TEST_PG_URL || process.env.DATABASE_URL || '';

let warned = false;
/**
 * Engines to run a suite on; PostgreSQL is skipped, loudly, when no server is configured.
 * Call it at the top level of a test file: it also registers the cleanup of the file's database.
 */
export function testEngines(): Array<{ engine: SqlEngine; skip: boolean }> {
  if (TEST_PG_URL) afterAll(dropFileDatabase);
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

/** A private database: in-memory SQLite or a SQLite directory, or a fresh PostgreSQL database dropped on `dispose`. */
export interface TestDatabaseHandle {
  target: DatabaseTarget;
  dispose(): Promise<void>;
}

async function runSql(url: string, sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

// One PostgreSQL database per test file (dropped after the file), one schema per test inside
// it. Schemas keep each test fast; separate databases keep parallel files apart, since
// dropping a schema while another file introspects the same catalog makes that file fail.
let fileDatabase: Promise<string> | null = null;

function fileDatabaseUrl(): Promise<string> {
  fileDatabase ??= (async () => {
    const name = `copydesk_t_${randomBytes(6).toString('hex')}`;
    await runSql(TEST_PG_URL, `CREATE DATABASE ${name} TEMPLATE template0`);
    afterAllHook = () => runSql(TEST_PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return withDatabase(TEST_PG_URL, name);
  })();
  return fileDatabase;
}
let afterAllHook: (() => Promise<void>) | null = null;

/** Drops this file's PostgreSQL database; testEngines registers it to run after the file. */
async function dropFileDatabase(): Promise<void> {
  await afterAllHook?.();
  afterAllHook = null;
  fileDatabase = null;
}

/**
 * Creates an empty database for one test: in-memory SQLite (or a directory that survives a
 * reopen, with `sqliteDir`), or a fresh schema in this file's PostgreSQL database.
 */
export async function createTestDatabase(engine: SqlEngine, sqliteDir?: string): Promise<TestDatabaseHandle> {
  if (engine === 'sqlite') {
    return { target: sqliteDir ? { sqliteDir } : { sqliteMemory: true }, dispose: async () => {} };
  }
  const dbUrl = await fileDatabaseUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await runSql(dbUrl, `CREATE SCHEMA ${schema}`);
  const sep = dbUrl.includes('?') ? '&' : '?';
  return {
    target: { postgresUrl: `${dbUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}` },
    dispose: () => runSql(dbUrl, `DROP SCHEMA ${schema} CASCADE`),
  };
}

/** A running (injected, not listening) site with one user of each role. */
export interface TestSite {
  app: SiteServer;
  db: OpenDatabase;
  clock: ManualClock;
  tokens: TestTokens;
  /** fastify.inject with an optional bearer token. */
  call(method: InjectOptions['method'], url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Tokens of the three test users. */
export interface TestTokens {
  editor: string;
  reviewer: string;
  publisher: string;
}

export interface TestSiteOptions {
  /** Start time of the manual clock (default 2026-03-10 10:00 UTC, 11:00 in Berlin). */
  start?: string;
  /** An existing database (e.g. to restart on it); the caller disposes it. Default: a fresh one. */
  database?: TestDatabaseHandle;
  /** Users of an earlier start on the same database; default: create them. */
  tokens?: TestTokens;
  /** Scheduler timer; default off (tests call `app.siteScheduler.tick()`). */
  schedulerIntervalMs?: number | false;
  /** Host headers accepted besides the site URL's and loopback (COPYDESK_SITE_HOSTS). */
  allowedHosts?: readonly string[];
}

/** The configured public URL of every test site (feed, sitemap and robots.txt links start with it). */
export const TEST_SITE_URL = 'http://site.test';

/** Starts a site on `engine` (injected, not listening) with one user of each role. */
export async function startTestSite(engine: SqlEngine, opts: TestSiteOptions = {}): Promise<TestSite> {
  const handle = opts.database ?? (await createTestDatabase(engine));
  const db = await openDatabase(handle.target);
  const clock = new ManualClock(opts.start ?? '2026-03-10T10:00:00Z');
  const app = await createSiteServer({
    db,
    clock,
    schedulerIntervalMs: opts.schedulerIntervalMs ?? false,
    identity: { siteUrl: TEST_SITE_URL },
    allowedHosts: opts.allowedHosts,
  });
  await app.ready();
  const mk = async (role: string) => (await addUser(db.kysely, `${role}-user`, role, clock.now())).token;
  const tokens = opts.tokens ?? { editor: await mk('editor'), reviewer: await mk('reviewer'), publisher: await mk('publisher') };
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
      if (!opts.database) await handle.dispose();
    },
  };
}

/** A TestSite that always is the one `current` returns: the running test's site. */
function currentSite(current: () => TestSite | null): TestSite {
  const site = () => {
    const running = current();
    if (!running) throw new Error('The test site exists only while a test runs (use it inside it/beforeEach).');
    return running;
  };
  return {
    get app() {
      return site().app;
    },
    get db() {
      return site().db;
    },
    get clock() {
      return site().clock;
    },
    get tokens() {
      return site().tokens;
    },
    call: (method, url, opts) => site().call(method, url, opts),
    close: () => site().close(),
  };
}

/**
 * One `describe(`${title} on ${engine}`)` per engine (PostgreSQL skipped without a server), with a
 * fresh site for every test, closed after it. `body` declares the tests; its `site` always is the
 * running test's site, so it can be captured in helpers declared next to the tests.
 */
export function describeSite(title: string, body: (site: TestSite, engine: SqlEngine) => void, opts: TestSiteOptions = {}): void {
  for (const { engine, skip } of testEngines()) {
    describe.skipIf(skip)(`${title} on ${engine}`, () => {
      let running: TestSite | null = null;
      beforeEach(async () => {
        running = await startTestSite(engine, opts);
      });
      afterEach(async () => {
        await running?.close();
        running = null;
      });
      body(
        currentSite(() => running),
        engine,
      );
    });
  }
}

/** Creates an article through the API as the editor and returns it. */
export async function createViaApi(site: TestSite, fields: Record<string, unknown>): Promise<{ id: string; rev: number; slug: string; status: string }> {
  const res = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields } });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().article;
}

/** Asks for a status change with the given token, sending the article's current revision as base. */
export async function requestStatus(site: TestSite, id: string, token: string, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  const current = await site.call('GET', `/api/v1/articles/${id}`, { token: site.tokens.editor });
  const baseRev = current.json().article.rev as number;
  return site.call('POST', `/api/v1/articles/${id}/status`, { token, body: { baseRev, ...body } });
}

/** Moves an article through the workflow with the given token; throws unless the site accepts it. */
export async function act(site: TestSite, id: string, token: string, action: string, schedule?: Record<string, string>): Promise<{ rev: number; status: string }> {
  const res = await requestStatus(site, id, token, schedule ? { action, schedule } : { action });
  if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  return res.json().article;
}

/** Editor fields that pass core's pre-flight checklist, with `overrides` on top. */
export function readyFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    headline: 'Hafen meldet Rekordumschlag',
    teaser: 'Mehr Container als je zuvor.',
    author: 'Erika Mustermann',
    source: 'dpa',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Der Hamburger Hafen hat mehr umgeschlagen.' }] }] },
    ...overrides,
  };
}

/** Creates an article and brings it to approved (submit by the editor, approve by the reviewer). */
export async function approvedViaApi(site: TestSite, overrides: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const article = await createViaApi(site, readyFields(overrides));
  await act(site, article.id, site.tokens.editor, 'submit');
  await act(site, article.id, site.tokens.reviewer, 'approve');
  return article;
}

/** Creates an article and publishes it now (submit, approve, publish_now). */
export async function publishViaApi(site: TestSite, overrides: Record<string, unknown> = {}, schedule?: Record<string, string>): Promise<{ id: string; slug: string }> {
  const article = await approvedViaApi(site, overrides);
  await act(site, article.id, site.tokens.publisher, 'publish_now', schedule);
  return article;
}

/** Deletes the sample inventory a new site starts with (slots and campaigns; settings stay). */
export async function clearAdInventory(site: TestSite): Promise<void> {
  for (const kind of ['slots', 'campaigns']) {
    const items = (await site.call('GET', `/api/v1/ads/${kind}`, { token: site.tokens.publisher })).json().items as Array<{ id: string }>;
    for (const { id } of items) {
      const res = await site.call('DELETE', `/api/v1/ads/${kind}/${id}`, { token: site.tokens.publisher });
      if (res.statusCode !== 204) throw new Error(`delete ${kind}/${id} failed: ${res.statusCode} ${res.body}`);
    }
  }
}

/** The feed cursor after everything so far (the seeded inventory included). */
export async function feedCursorNow(site: TestSite): Promise<number> {
  let cursor = 0;
  for (let more = true; more; ) {
    const page = (await site.call('GET', `/api/v1/changes?cursor=${cursor}&limit=1000`, { token: site.tokens.editor })).json();
    cursor = page.cursor;
    more = page.more;
  }
  return cursor;
}

/** A minimal valid PNG (1x1). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
