import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createArticleService } from '../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../backend/articles/search-index';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { addUser } from '../../../../site/auth/users';
import { openDatabase } from '../../../../site/db/connect';
import { createSiteServer } from '../../../../site/server';

/** A real reference site (SQLite in memory) on 127.0.0.1, with an editor and a publisher. */
export async function startTestSite() {
  const db = await openDatabase({ sqliteMemory: true });
  const server = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  const now = new Date();
  const editor = (await addUser(db.kysely, 'editor', 'editor', now)).token;
  const publisher = (await addUser(db.kysely, 'publisher', 'publisher', now)).token;
  const reviewer = (await addUser(db.kysely, 'reviewer', 'reviewer', now)).token;
  const other = (await addUser(db.kysely, 'site-editor', 'editor', now)).token;
  const api = async (method: string, p: string, body?: unknown, token = other) => {
    const res = await fetch(`${url}/api/v1${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the site's JSON loosely
    return { status: res.status, body: (await res.json()) as any };
  };
  return {
    url,
    db,
    server,
    tokens: { editor, publisher, reviewer, other },
    api,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
export type TestSite = Awaited<ReturnType<typeof startTestSite>>;

/** The app's real store and article service in a fresh data directory. */
export async function openTestApp() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-sync-'));
  const store = createArticleStore({ dataDir });
  await store.open();
  const articles = createArticleService(store, createSearchIndex());
  return {
    dataDir,
    store,
    articles,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

export const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const bodyOf = (...lines: string[]) => ({ type: 'doc' as const, content: lines.map(para) });
export const textsOf = (body: { content: Array<{ content?: Array<{ text?: string }> }> }) => body.content.map((b) => b.content?.[0]?.text ?? '');

/**
 * A test site and a test app for the tests of the calling block (fresh for each test with
 * `each`, else shared by the block); read them through the getters once the hooks ran.
 */
export function siteAndApp(scope: 'each' | 'all' = 'all'): { site: () => TestSite; app: () => TestApp } {
  let site: TestSite;
  let app: TestApp;
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    site = await startTestSite();
    app = await openTestApp();
  });
  after(async () => {
    await app.close();
    await site.close();
  });
  return { site: () => site, app: () => app };
}
