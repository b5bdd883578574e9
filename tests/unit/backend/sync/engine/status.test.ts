import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncEngine, type SyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { bodyOf, openTestApp, startTestSite, type TestApp, type TestSite } from '../support';

let site: TestSite;
let app: TestApp;
let engine: SyncEngine;
let clock: number;

/** An engine on the app's data directory (the same sync files every time, as after a restart). */
function makeEngine(token: string, url = site.url) {
  const target = createReferenceSiteTarget({ url, token, timeoutMs: 2000 });
  const files = createSyncFiles(path.join(app.dataDir, 'sync', 's1'));
  return createSyncEngine({ target, store: app.store, articles: app.articles, files, now: () => clock, tickMs: 0, debounceMs: 10, backoff: { baseMs: 10, maxMs: 50 } });
}

async function restart(token: string, url?: string) {
  await engine.close();
  engine = makeEngine(token, url);
  await engine.start();
}

beforeEach(async () => {
  site = await startTestSite();
  app = await openTestApp();
  clock = Date.parse('2026-12-02T20:27:00Z');
  engine = makeEngine(site.tokens.publisher);
  await engine.start();
});
afterEach(async () => {
  await engine.close();
  await app.close();
  await site.close();
});

async function newLocal(headline: string) {
  const a = await app.articles.create('de', 'Politik');
  return app.articles.save(a.id, a.rev, { headline, body: bodyOf('Eins'), tags: ['Politik'] });
}

describe('sync status the Sites screen shows', () => {
  it('regression (issue 12): the last sync time survives a restart on the same data directory', async () => {
    await newLocal('Titel');
    await engine.syncNow();
    expect(engine.info().lastSyncAt).toBe(clock);
    const synced = clock;
    clock += 5 * 60_000;
    await restart(site.tokens.publisher, 'http://127.0.0.1:9');
    // Before any round, and while the site cannot be reached: the time of the last good round.
    expect(engine.info().lastSyncAt).toBe(synced);
    await engine.syncNow();
    expect(engine.info().lastSyncAt).toBe(synced);
  });

  it('regression (CI): a second sync within the minute is the one shown after a restart', async () => {
    await newLocal('Titel');
    await engine.syncNow();
    clock += 30_000;
    await engine.syncNow();
    const latest = clock;
    await restart(site.tokens.publisher, 'http://127.0.0.1:9');
    expect(engine.info().lastSyncAt).toBe(latest);
  });

  it('regression (issue 12): a refused push is listed with the reason, not only counted as waiting', async () => {
    await restart('x'.repeat(30));
    const a = await newLocal('Titel');
    await engine.syncNow();
    const { failures, queued } = engine.info();
    expect(queued).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.articleId).toBe(a.id);
    expect(failures[0]!.reason).toMatch(/token|auth|401/i);
  });

  it('lists an unreachable site with the transport error and the time of the next try', async () => {
    await restart(site.tokens.publisher, 'http://127.0.0.1:9');
    const a = await newLocal('Offline geschrieben');
    await engine.flush();
    await engine.syncNow();
    const [failure] = engine.info().failures;
    expect(failure?.articleId).toBe(a.id);
    expect(failure?.reason).toBeTruthy();
    expect(failure?.nextAttemptAt).toBeGreaterThan(clock);
    // Back online, Retry ("Sync now") sends it and the list is empty.
    await restart(site.tokens.publisher);
    await engine.syncNow();
    expect(engine.info().failures).toEqual([]);
  });
});
