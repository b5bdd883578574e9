import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../../../support/free-port';
import { act, createTestDatabase, publishViaApi, readyFields, startTestSite, testEngines, type TestDatabaseHandle, type TestSite } from '../site-test-kit';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const postgres = testEngines().find((e) => e.engine === 'postgres');

/** Polls `check` until it holds (another process hears of a change asynchronously); returns how long that took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - t0;
}

describe.skipIf(postgres?.skip !== false)('render cache shared by two site processes on one PostgreSQL', () => {
  let handle: TestDatabaseHandle;
  let a: TestSite;
  let b: ChildProcess;
  let bUrl = '';
  const fromB = async (path: string) => {
    const res = await fetch(`${bUrl}${path}`);
    return { status: res.status, body: await res.text() };
  };

  beforeEach(async () => {
    handle = await createTestDatabase('postgres');
    a = await startTestSite('postgres', { database: handle });
    const port = await freePort();
    bUrl = `http://127.0.0.1:${port}`;
    const url = (handle.target as { postgresUrl: string }).postgresUrl;
    b = spawn(TSX, ['site/main.ts'], { env: { ...process.env, DATABASE_URL: url, COPYDESK_SITE_PORT: String(port) }, stdio: 'ignore' });
    await within(20_000, async () => (await fetch(`${bUrl}/`).catch(() => null))?.status === 200);
  }, 30_000);

  afterEach(async () => {
    b.kill('SIGTERM');
    await new Promise((r) => b.once('exit', r));
    await a.close();
    await handle.dispose();
  });

  it('a publish and an unpublish in one process reach the other’s cached pages', async () => {
    const first = await publishViaApi(a, { headline: 'Erste Meldung', slug: 'erste' });
    expect((await fromB('/artikel/erste')).body).toContain('Erste Meldung');
    expect((await fromB('/')).body).toContain('href="/artikel/erste"');
    expect((await a.call('GET', '/artikel/erste')).body).toContain('Erste Meldung');
    // B serves from its cache: a change behind the site's back does not show there.
    await a.db.kysely.updateTable('site_articles').set({ doc: sql<string>`replace(doc, 'Erste Meldung', 'Heimlich geändert')` }).where('id', '=', first.id).execute();
    expect((await fromB('/artikel/erste')).body).toContain('Erste Meldung');
    expect((await a.call('GET', '/artikel/erste')).body).toContain('Erste Meldung');

    await publishViaApi(a, { headline: 'Zweite Meldung', slug: 'zweite' });
    await act(a, first.id, a.tokens.publisher, 'unpublish');
    const heard = await within(3000, async () => (await fromB('/artikel/erste')).status === 404);
    const front = (await fromB('/')).body;
    expect(front).toContain('href="/artikel/zweite"');
    expect(front).not.toContain('href="/artikel/erste"');
    console.log(`the other process served the unpublish after ${heard.toFixed(0)} ms`);
  });

  it('a publish through the other process reaches this one’s cached front page', async () => {
    expect((await a.call('GET', '/')).body).not.toContain('Von B');
    const created = await fetch(`${bUrl}/api/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fields: readyFields({ headline: 'Von B veröffentlicht', slug: 'von-b' }) }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { article: { id: string } }).article.id;
    await act(a, id, a.tokens.editor, 'submit');
    await act(a, id, a.tokens.reviewer, 'approve');
    const rev = ((await (await fetch(`${bUrl}/api/v1/articles/${id}`, { headers: { authorization: `Bearer ${a.tokens.editor}` } })).json()) as { article: { rev: number } }).article.rev;
    const published = await fetch(`${bUrl}/api/v1/articles/${id}/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.publisher}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'publish_now', baseRev: rev }),
    });
    expect(published.status).toBe(200);
    await within(3000, async () => (await a.call('GET', '/')).body.includes('Von B veröffentlicht'));
  });
});
