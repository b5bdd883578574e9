/**
 * Sync state writes on a full disk (tests/support/full-disk.ts, only the sync folder on the
 * small disk): rounds still finish, the reason is shown, nothing queued is lost, and after
 * space returns the state is written and nothing is pushed twice.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { createSyncEngine, type SyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { disk } from '../../../../support/full-disk';
import { SAMPLE_SLOTS } from '../../../../../core/ads/index';
import { bodyOf, openTestApp, startTestSite, type TestApp, type TestSite } from '../support';
import { queued } from '../team-support';

vi.mock('node:fs/promises', async (importOriginal) => (await import('../../../../support/full-disk')).withSmallDisk(await importOriginal()));

const FULL = /^The disk is full: Saving the sync file .+ failed \(ENOSPC\)\. Free some space; nothing waiting to sync is lost/;

let site: TestSite;
let app: TestApp;
let engine: SyncEngine;
let requests: string[];
const syncDir = () => path.join(app.dataDir, 'sync', 's1');
const figures = { roundsWhileFull: 0, refusals: 0, duplicatePushes: 0, persistedAfterRecovery: false };
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

function makeEngine(token = site.tokens.publisher) {
  const target = createReferenceSiteTarget({ url: site.url, token, timeoutMs: 2000, onRequest: (m, p) => requests.push(`${m} ${p}`) });
  return createSyncEngine({ target, store: app.store, articles: app.articles, files: createSyncFiles(syncDir()), tickMs: 0, debounceMs: 10, backoff: { baseMs: 10, maxMs: 50 } });
}

async function newLocal(headline: string, lines: string[]) {
  const a = await app.articles.create('de', 'Politik');
  return app.articles.save(a.id, a.rev, { headline, body: bodyOf(...lines), tags: ['Politik'] });
}

const pushes = () => requests.filter((r) => r.startsWith('PUT ') || r.startsWith('POST /articles'));
const outboxOnDisk = async () => JSON.parse(await readFile(path.join(syncDir(), 'outbox.json'), 'utf8')) as { entries: Record<string, unknown> };

beforeEach(async () => {
  // The engine logs the refused writes; the tests check what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  process.on('unhandledRejection', onUnhandled);
  site = await startTestSite();
  app = await openTestApp();
  disk.mount(syncDir());
  requests = [];
  engine = makeEngine();
  await engine.start();
});
afterEach(async () => {
  disk.unmount();
  await engine.close();
  await app.close();
  await site.close();
  process.off('unhandledRejection', onUnhandled);
  vi.restoreAllMocks();
  expect(unhandled).toEqual([]);
});
afterAll(() => {
  console.log(
    `full disk: sync ${figures.roundsWhileFull} rounds while full resolved (${figures.refusals} writes refused), ${figures.duplicatePushes} duplicate pushes; ${figures.persistedAfterRecovery ? 'sync persisted after recovery' : 'sync NOT persisted after recovery'}`,
  );
});

describe('sync state writes on a full disk', () => {
  it('finishes rounds while full, shows why, keeps the queue, and persists and syncs once space is back', async () => {
    const a = await newLocal('Rat beschließt Haushalt', ['Eins']);
    await engine.syncNow();
    expect(engine.statusOf(a.id)?.state).toBe('synced');
    const siteRev = (await site.api('GET', `/articles/${a.id}`)).body.article.rev as number;

    disk.fill();
    const edited = await app.articles.save(a.id, (await app.store.get(a.id)).rev, { headline: 'Bei voller Platte geändert' });
    await expect(engine.flush()).resolves.toBeUndefined();
    expect(engine.info().lastError).toMatch(FULL);
    for (let i = 0; i < 2; i++) {
      await expect(engine.syncNow()).resolves.toBeDefined();
      figures.roundsWhileFull++;
      expect(engine.info().lastError).toMatch(FULL);
      // Still queued (in memory), with the reason the user can act on.
      expect(engine.statusOf(a.id)).toEqual({ state: 'pending', reason: expect.stringMatching(FULL) });
      expect(engine.info().queued).toBe(1);
    }
    figures.refusals = disk.refusals;
    // On disk the outbox is still the last one written; the article is not marked synced there.
    expect(Object.keys((await outboxOnDisk()).entries)).toEqual([]);

    // A restart while still full: the new engine queues the article again from the store.
    await engine.close();
    engine = makeEngine();
    await engine.start();
    await engine.syncNow();
    expect(engine.statusOf(a.id)?.state).toBe('pending');

    disk.free();
    requests = [];
    await engine.syncNow();
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
    expect(engine.info().lastError).toBeNull();
    const remote = (await site.api('GET', `/articles/${a.id}`)).body.article;
    expect(remote.headline).toBe(edited.headline);
    // The update was sent while full (the site took it) and again after: one revision on the site all the same.
    expect(remote.rev).toBe(siteRev + 1);
    expect(Object.keys((await outboxOnDisk()).entries)).toEqual([]);
    figures.persistedAfterRecovery = true;

    // A new process over the same files: nothing left to push.
    await engine.close();
    engine = makeEngine();
    await engine.start();
    requests = [];
    const again = await engine.syncNow();
    expect(again.pushed).toBe(0);
    figures.duplicatePushes += pushes().length;
    expect(pushes()).toEqual([]);
    expect(engine.statusOf(a.id)?.state).toBe('synced');
  });

  it('writes what a failed persist should have written at the next one, even with nothing new', async () => {
    const a = await newLocal('Titel', ['Eins']);
    await engine.syncNow();
    disk.fill();
    await app.articles.save(a.id, (await app.store.get(a.id)).rev, { headline: 'Geändert' });
    await engine.flush();
    expect(engine.info().lastError).toMatch(FULL);
    disk.free();
    await engine.flush();
    expect(engine.info().lastError).toBeNull();
    expect(Object.keys((await outboxOnDisk()).entries)).toEqual([a.id]);
  });

  it('starts on a full disk (no sync folders yet), and works once space is back', async () => {
    disk.fill();
    const a = await newLocal('Neu bei voller Platte', ['Eins']);
    await expect(engine.flush()).resolves.toBeUndefined();
    expect(engine.info().lastError).toMatch(FULL);
    expect(disk.refusals).toBeGreaterThan(0); // the sync folders could not be made

    disk.free();
    await engine.syncNow();
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
    expect(engine.info().lastError).toBeNull();
    expect((await site.api('GET', `/articles/${a.id}`)).body.article.headline).toBe('Neu bei voller Platte');

    await engine.close();
    engine = makeEngine();
    await engine.start();
    requests = [];
    expect((await engine.syncNow()).pushed).toBe(0);
    figures.duplicatePushes += pushes().length;
    expect(pushes()).toEqual([]);
  });

  // The first push of a new article writes its base before sending: a full disk there must not
  // reject the whole round either.
  it('finishes a round while full that has to create a new article on the site', async () => {
    disk.fill();
    const a = await newLocal('Neu bei voller Platte', ['Eins']);
    await expect(engine.syncNow()).resolves.toBeDefined();
    expect(engine.statusOf(a.id)).toEqual({ state: 'pending', reason: expect.stringMatching(FULL) });
    disk.free();
    await engine.syncNow();
    expect(engine.statusOf(a.id)).toEqual({ state: 'synced', reason: null });
  });

  it('refuses a team op it cannot write down, keeps the one it wrote, and the site takes that one once (a resend after a restart is a replay)', async () => {
    const slot = (name: string) => ({ ...SAMPLE_SLOTS[0]!, id: `disk-${name}`, name });
    const by = { id: 'p', name: 'publisher', role: 'publisher' as const };
    const kept = queued({ kind: 'ad.put', adKind: 'slots', adId: 'disk-a', doc: slot('a') }, by);
    await engine.enqueueTeamOp(kept);
    disk.fill();
    await expect(engine.enqueueTeamOp(queued({ kind: 'ad.put', adKind: 'slots', adId: 'disk-b', doc: slot('b') }, by))).rejects.toThrow(FULL);
    expect(engine.teamOps().map((o) => o.id)).toEqual([kept.id]);
    // Sent while full: the site has it, but the outbox on disk still lists it.
    await engine.syncNow();
    expect(engine.teamOps()).toEqual([]);
    await engine.close();
    engine = makeEngine();
    await engine.start();
    expect(engine.teamOps().map((o) => o.id)).toEqual([kept.id]);
    disk.free();
    requests = [];
    await engine.syncNow();
    expect(engine.teamOps()).toEqual([]);
    expect(requests.filter((r) => r.startsWith('PUT /ads'))).toEqual(['PUT /ads/slots/disk-a']);
    const onSite = (await site.api('GET', '/ads/slots')).body.items as Array<{ id: string }>;
    expect(onSite.filter((s) => s.id.startsWith('disk-')).map((s) => s.id)).toEqual(['disk-a']);
    // Written now: a new process has nothing left to send.
    await engine.close();
    engine = makeEngine();
    await engine.start();
    expect(engine.teamOps()).toEqual([]);
  });
});
