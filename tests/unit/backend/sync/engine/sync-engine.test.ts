import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { createSyncEngine, type SyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { bodyOf, openTestApp, startTestSite, textsOf, type TestApp, type TestSite } from '../support';

let site: TestSite;
let app: TestApp;
let engine: SyncEngine;
let requests: string[];

function makeEngine(token: string, url = site.url, fetchImpl?: typeof fetch) {
  const target = createReferenceSiteTarget({ url, token, timeoutMs: 2000, fetch: fetchImpl, onRequest: (m, p) => requests.push(`${m} ${p}`) });
  return createSyncEngine({ target, store: app.store, articles: app.articles, files: createSyncFiles(path.join(app.dataDir, 'sync', 's1')), tickMs: 0, debounceMs: 10, backoff: { baseMs: 10, maxMs: 50 } });
}

beforeEach(async () => {
  site = await startTestSite();
  app = await openTestApp();
  requests = [];
  engine = makeEngine(site.tokens.publisher);
  await engine.start();
});
afterEach(async () => {
  await engine.close();
  await app.close();
  await site.close();
});

async function newLocal(headline: string, lines: string[]) {
  const a = await app.articles.create('de', 'Politik');
  return app.articles.save(a.id, a.rev, { headline, body: bodyOf(...lines), tags: ['Politik'] });
}

describe('sync engine against the reference site', () => {
  it('pushes a new article once, and a later sync needs no push', async () => {
    const a = await newLocal('Rat beschließt Haushalt', ['Eins', 'Zwei']);
    const first = await engine.syncNow();
    expect(first.pushed).toBe(1);
    const remote = await site.api('GET', `/articles/${a.id}`);
    expect(remote.body.article.headline).toBe('Rat beschließt Haushalt');
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
    requests = [];
    const second = await engine.syncNow();
    expect(second).toEqual({ pushed: 0, pulled: 0, conflicts: 0, failed: 0 });
    expect(requests).toEqual(['GET /changes']);
  });

  it('takes a site edit into an unchanged local article, and merges it with a local edit of another block', async () => {
    const a = await newLocal('Titel', ['Eins', 'Zwei', 'Drei']);
    await engine.syncNow();
    const rev = (await site.api('GET', `/articles/${a.id}`)).body.article.rev;
    await site.api('PUT', `/articles/${a.id}`, { baseRev: rev, fields: { teaser: 'Vom Desk der Website', body: bodyOf('Eins', 'Zwei', 'Drei (Website)') } });
    const local = await app.store.get(a.id);
    await app.articles.save(a.id, local.rev, { body: bodyOf('Eins (App)', 'Zwei', 'Drei') });
    await engine.flush();
    const r = await engine.syncNow();
    expect(r.conflicts).toBe(0);
    const merged = await app.store.get(a.id);
    expect(textsOf(merged.body)).toEqual(['Eins (App)', 'Zwei', 'Drei (Website)']);
    expect(merged.teaser).toBe('Vom Desk der Website');
    const remote = (await site.api('GET', `/articles/${a.id}`)).body.article;
    expect(textsOf(remote.body)).toEqual(['Eins (App)', 'Zwei', 'Drei (Website)']);
    expect(engine.statusOf(a.id)?.state).toBe('synced');
  });

  it('keeps both versions of a field changed on both sides until the user chooses', async () => {
    const a = await newLocal('Titel', ['Eins']);
    await engine.syncNow();
    const rev = (await site.api('GET', `/articles/${a.id}`)).body.article.rev;
    await site.api('PUT', `/articles/${a.id}`, { baseRev: rev, fields: { headline: 'Titel der Website' } });
    const local = await app.store.get(a.id);
    await app.articles.save(a.id, local.rev, { headline: 'Mein Titel' });
    await engine.flush();
    const r = await engine.syncNow();
    expect(r.conflicts).toBe(1);
    expect(engine.statusOf(a.id)?.state).toBe('conflict');
    expect((await app.store.get(a.id)).headline).toBe('Mein Titel');
    expect((await site.api('GET', `/articles/${a.id}`)).body.article.headline).toBe('Titel der Website');
    const view = await engine.conflict(a.id);
    expect(view?.conflicts).toEqual([expect.objectContaining({ key: 'field:headline', local: 'Mein Titel', remote: 'Titel der Website' })]);

    await engine.resolve(a.id, { 'field:headline': 'remote' });
    await engine.syncNow();
    expect((await app.store.get(a.id)).headline).toBe('Titel der Website');
    expect(engine.statusOf(a.id)?.state).toBe('synced');
  });

  it('creates articles written on the site locally', async () => {
    const created = await site.api('POST', '/articles', { fields: { headline: 'Von der Website', body: bodyOf('Text') } });
    expect(created.status).toBe(201);
    const r = await engine.syncNow();
    expect(r.pulled).toBe(1);
    const local = await app.store.get(created.body.article.id);
    expect(local.headline).toBe('Von der Website');
    expect(engine.statusOf(local.id)?.state).toBe('synced');
    expect((await engine.syncNow()).pushed).toBe(0);
  });

  it('says why when the token is wrong, and stays pending while the site is down', async () => {
    await engine.close();
    engine = makeEngine('x'.repeat(30));
    await engine.start();
    const a = await newLocal('Titel', ['Eins']);
    await engine.syncNow();
    expect(engine.statusOf(a.id)?.state).toBe('failed');
    expect(engine.info().connection).toBe('auth_failed');

    await engine.close();
    engine = makeEngine(site.tokens.editor, 'http://127.0.0.1:9');
    await engine.start();
    await engine.syncNow();
    expect(engine.statusOf(a.id)?.state).toBe('pending');
    expect(engine.info().connection).toBe('offline');
  });

  it('keeps its outbox and state across a restart: queued offline, sent after restarting online, nothing sent twice', async () => {
    const synced = await newLocal('Schon da', ['Eins']);
    await engine.syncNow();
    await engine.close();
    engine = makeEngine(site.tokens.editor, 'http://127.0.0.1:9');
    await engine.start();
    const offline = await newLocal('Offline geschrieben', ['Zwei']);
    await engine.flush();
    await engine.syncNow();
    expect(engine.statusOf(offline.id)?.state).toBe('pending');
    await engine.close();

    engine = makeEngine(site.tokens.editor);
    await engine.start();
    requests = [];
    const r = await engine.syncNow(false);
    expect(r.pushed).toBe(1);
    expect(requests.filter((q) => q.startsWith('POST') || q.startsWith('PUT'))).toEqual(['POST /articles']);
    expect((await site.api('GET', `/articles/${offline.id}`)).body.article.headline).toBe('Offline geschrieben');
    expect(engine.statusOf(synced.id)?.state).toBe('synced');
  });

  it('settles an update whose answer was lost before merging, so later edits on both sides merge without a false conflict', async () => {
    await engine.close();
    let dropPuts = 0;
    const lossy: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (dropPuts > 0 && init?.method === 'PUT') {
        dropPuts--;
        throw new TypeError('socket hang up'); // the site applied it; the answer never arrived
      }
      return res;
    };
    engine = makeEngine(site.tokens.editor, site.url, lossy);
    await engine.start();
    const a = await newLocal('Titel', ['Eins', 'Zwei', 'Drei']);
    await engine.syncNow();

    let local = await app.store.get(a.id);
    await app.articles.save(a.id, local.rev, { headline: 'Titel 2' });
    await engine.flush();
    dropPuts = 2; // the request and its immediate retry (answered by the site's replay, also lost)
    await engine.syncNow();
    expect(engine.statusOf(a.id)?.state).toBe('pending');
    expect((await site.api('GET', `/articles/${a.id}`)).body.article.headline).toBe('Titel 2');

    // Both sides go on: the site edits the body, the app the headline again.
    const remote = (await site.api('GET', `/articles/${a.id}`)).body.article;
    await site.api('PUT', `/articles/${a.id}`, { baseRev: remote.rev, fields: { body: bodyOf('Eins', 'Zwei', 'Drei (Website)') } });
    local = await app.store.get(a.id);
    await app.articles.save(a.id, local.rev, { headline: 'Titel 3' });
    await engine.flush();
    const r = await engine.syncNow();
    expect(r.conflicts).toBe(0);
    const merged = await app.store.get(a.id);
    expect(merged.headline).toBe('Titel 3');
    expect(textsOf(merged.body)).toEqual(['Eins', 'Zwei', 'Drei (Website)']);
    const after = (await site.api('GET', `/articles/${a.id}`)).body.article;
    expect(after.headline).toBe('Titel 3');
    expect(textsOf(after.body)).toEqual(['Eins', 'Zwei', 'Drei (Website)']);
    expect(engine.statusOf(a.id)?.state).toBe('synced');
  });
});
