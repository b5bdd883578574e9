import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { seededRandom, startFaultProxy, type FaultProxy } from './fault-proxy';
import { bodyOf, openTestApp, para, startTestSite, textsOf, type TestApp, type TestSite } from '../support';

const SEED = Number(process.env.COPYDESK_FAULT_SEED ?? 20261129);
const OPS = 220;
const SLOTS = 6;

let site: TestSite;
let app: TestApp;
let proxy: FaultProxy;
beforeAll(async () => {
  site = await startTestSite();
  app = await openTestApp();
  proxy = await startFaultProxy(site.url, SEED, 0.35);
});
afterAll(async () => {
  await proxy.close();
  await app.close();
  await site.close();
});

describe('sync through a faulty network (seeded)', () => {
  it(`keeps site and app in agreement through ${OPS} random operations`, { timeout: 120_000 }, async () => {
    const random = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const target = createReferenceSiteTarget({ url: proxy.url, token: site.tokens.editor, timeoutMs: 2000 });
    const engine = createSyncEngine({
      target,
      store: app.store,
      articles: app.articles,
      files: createSyncFiles(path.join(app.dataDir, 'sync', 'fault')),
      tickMs: 0,
      debounceMs: 5,
      random,
      backoff: { baseMs: 1, maxMs: 5 },
    });
    await engine.start();
    /** The last text written into each slot of each article, by whichever side wrote it. */
    const expected = new Map<string, string[]>();
    const slotsBody = (prefix: string) => bodyOf(...Array.from({ length: SLOTS }, (_, i) => `${prefix} slot ${i}`));
    let localEdits = 0;
    let siteEdits = 0;
    let syncs = 0;

    const createLocal = async (n: number) => {
      const a = await app.articles.create('de', 'Lokales');
      await app.articles.save(a.id, a.rev, { headline: `Lokal ${n}`, body: slotsBody(`L${n}`) });
      expected.set(a.id, Array.from({ length: SLOTS }, (_, i) => `L${n} slot ${i}`));
    };
    for (let i = 0; i < 4; i++) await createLocal(i);

    for (let op = 0; op < OPS; op++) {
      const roll = random();
      if (roll < 0.35) {
        // A local edit of an odd slot (and now and then the headline, which only the app edits).
        const id = pick(app.store.list().map((a) => a.id));
        const current = await app.store.get(id);
        const slot = 1 + 2 * Math.floor(random() * (SLOTS / 2));
        const content = [...current.body.content];
        content[slot] = para(`app ${op}`);
        await app.articles.save(id, current.rev, { body: { type: 'doc', content }, ...(random() < 0.3 ? { headline: `Lokal ${op}` } : {}) });
        expected.get(id)![slot] = `app ${op}`;
        localEdits++;
      } else if (roll < 0.6) {
        // An edit on the site of an even slot (and the teaser, which only the site edits).
        const onSite = [...expected.keys()];
        const id = pick(onSite);
        const got = await site.api('GET', `/articles/${id}`);
        if (got.status !== 200) continue; // not pushed yet
        const slot = 2 * Math.floor(random() * (SLOTS / 2));
        const content = [...got.body.article.body.content];
        content[slot] = para(`site ${op}`);
        const put = await site.api('PUT', `/articles/${id}`, { baseRev: got.body.article.rev, fields: { body: { type: 'doc', content }, teaser: `Teaser ${op}` } });
        expect(put.status).toBe(200);
        expected.get(id)![slot] = `site ${op}`;
        siteEdits++;
      } else if (roll < 0.68) {
        await createLocal(op);
      } else if (roll < 0.72) {
        const made = await site.api('POST', '/articles', { fields: { headline: `Website ${op}`, body: slotsBody(`W${op}`) } });
        expect(made.status).toBe(201);
        expected.set(made.body.article.id, Array.from({ length: SLOTS }, (_, i) => `W${op} slot ${i}`));
      } else if (roll < 0.76) {
        proxy.setDown(random() < 0.5);
      } else {
        await engine.flush();
        await engine.syncNow(random() < 0.5);
        syncs++;
      }
    }

    // The network heals; the engine catches up.
    proxy.setDown(false);
    proxy.setFaultRate(0);
    for (let i = 0; i < 12; i++) {
      await engine.flush();
      await engine.syncNow(true);
      if (i >= 3 && Object.values(engine.allStatuses()).every((st) => st.state === 'synced')) break;
    }
    for (const id of engine.conflictIds()) console.log(JSON.stringify((await engine.conflict(id))?.conflicts, null, 1).slice(0, 3000));
    expect(engine.conflictIds()).toEqual([]);
    expect(Object.values(engine.allStatuses()).filter((s) => s.state !== 'synced')).toEqual([]);

    // No article twice, none missing, and both sides agree on every edit.
    const listed = await site.api('GET', '/articles?limit=200');
    const siteIds = (listed.body.articles as Array<{ id: string }>).map((a) => a.id).sort();
    expect(new Set(siteIds).size).toBe(siteIds.length);
    expect(siteIds).toEqual([...expected.keys()].sort());
    expect(app.store.list().map((s) => s.id).sort()).toEqual(siteIds);
    for (const [id, slots] of expected) {
      const local = await app.store.get(id);
      const remote = (await site.api('GET', `/articles/${id}`)).body.article;
      expect(textsOf(local.body), id).toEqual(slots);
      expect(textsOf(remote.body), id).toEqual(slots);
      expect(remote.headline).toBe(local.headline);
      expect(remote.teaser).toBe(local.teaser);
    }
    const faults = Object.entries(proxy.counts).filter(([k]) => k !== 'pass').reduce((n, [, v]) => n + v, 0);
    console.log(`fault run: ${OPS} ops, ${localEdits} local edits, ${siteEdits} site edits, ${syncs} syncs, ${expected.size} articles, faults ${JSON.stringify(proxy.counts)}`);
    expect(faults).toBeGreaterThan(3);
    await engine.close();
  });
});
