// Issue "Hardening": a hostile or broken site gives clear states, in bounded time, without a
// crash and without losing anything. Both targets' HTTP clients against a misbehaving local
// server (support-hostile.ts), then the engine over it, then the site behaving again.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncFailure, type SyncFailureKind, type SyncTarget } from '../../../../core/sync/sync-target';
import { createSyncEngine } from '../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../backend/sync/targets/reference-site/reference-site-target';
import { createWordPressTarget } from '../../../../backend/sync/targets/wordpress/wordpress-target';
import { BAD_MODES, startHostileSite, type BadMode, type HostileSite } from './support-hostile';
import { bodyOf, siteAndApp } from './support';

const TIMEOUT_MS = 500;
const TOKEN = 'hostile-test-token-0123456789abcdef';
/** The kinds each misbehaviour may end in (a 502 page is the site failing; the rest is not its API). */
const EXPECTED: Record<BadMode, SyncFailureKind[]> = {
  'garbage-json': ['invalid_response'],
  'random-bytes': ['invalid_response'],
  'html-200': ['invalid_response'],
  'html-502': ['unavailable', 'invalid_response'],
  'endless-body': ['unavailable'],
  silent: ['unavailable'],
  'redirect-301': ['invalid_response'],
  'redirect-302': ['invalid_response'],
  'redirect-307': ['invalid_response'],
  'redirect-308': ['invalid_response'],
  huge: ['invalid_response'],
};

let hostile: HostileSite;
const tally = { tried: 0, hangs: 0, crashes: 0, lost: 0 };
const crashes: unknown[] = [];
const onCrash = (err: unknown) => crashes.push(err);

beforeAll(async () => {
  hostile = await startHostileSite();
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
});
afterAll(async () => {
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
  await hostile.close();
  tally.crashes += crashes.length;
  console.log(`hostile site: ${BAD_MODES.length} bad behaviours × 2 targets tried (${tally.tried} calls), ${tally.hangs} hangs, ${tally.crashes} crashes, ${tally.lost} lost edits`);
  expect(crashes).toEqual([]);
});

const targets: Record<'reference-site' | 'wordpress', () => SyncTarget> = {
  'reference-site': () => createReferenceSiteTarget({ url: hostile.url, token: TOKEN, timeoutMs: TIMEOUT_MS }),
  wordpress: () => createWordPressTarget({ baseUrl: hostile.url, user: 'u', appPassword: 'abcd efgh ijkl', options: { timeoutMs: TIMEOUT_MS } }),
};

/** Runs `call`, which must reject with a SyncFailure within 3× the timeout. */
async function settle(call: () => Promise<unknown>): Promise<SyncFailure> {
  tally.tried++;
  const started = Date.now();
  let outcome: unknown = new Error('resolved instead of failing');
  const guard = new Promise((resolve) => setTimeout(resolve, 6 * TIMEOUT_MS, new Error('hung')));
  try {
    await Promise.race([call(), guard]);
  } catch (err) {
    outcome = err;
  }
  const took = Date.now() - started;
  if (took > 3 * TIMEOUT_MS || (outcome instanceof Error && outcome.message === 'hung')) tally.hangs++;
  if (!(outcome instanceof SyncFailure)) tally.crashes++;
  expect(outcome).toBeInstanceOf(SyncFailure);
  expect(took).toBeLessThan(3 * TIMEOUT_MS);
  return outcome as SyncFailure;
}

describe.each(Object.keys(targets) as Array<keyof typeof targets>)('%s target against a hostile site', (name) => {
  it.each(BAD_MODES)('%s ends in a clear SyncFailure in bounded time', async (mode) => {
    hostile.setMode(mode);
    hostile.elsewhere.length = 0;
    const target = targets[name]();
    for (const call of [() => target.whoAmI(), () => target.pull(null)]) {
      const failure = await settle(call);
      expect(EXPECTED[mode]).toContain(failure.kind);
      expect(failure.message.length).toBeGreaterThan(10);
      if (mode.startsWith('redirect-')) expect(failure.message).toMatch(/redirected (\S+ )?to http:\/\/127\.0\.0\.[12]:\d+/);
      if (mode === 'huge') expect(failure.message).toMatch(/20 MB/);
      // Refused at the limit, not read to the end: the server got to send little beyond 20 MB.
      if (mode === 'huge') expect(hostile.hugeBytesSent).toBeLessThan(40 * 1024 * 1024);
    }
    // Redirects are not followed: whoever they name never sees a request, let alone the credentials.
    expect(hostile.elsewhere.filter((r) => r.headers.authorization)).toEqual([]);
    expect(hostile.elsewhere).toEqual([]);
  });
});

describe('the sync engine over a hostile site', () => {
  const ctx = siteAndApp();

  it('keeps every edit through each misbehaviour and syncs it once the site behaves', { timeout: 60_000 }, async () => {
    const target = createReferenceSiteTarget({ url: hostile.url, token: ctx.site().tokens.publisher, timeoutMs: TIMEOUT_MS });
    const engine = createSyncEngine({ target, store: ctx.app().store, articles: ctx.app().articles, files: createSyncFiles(path.join(ctx.app().dataDir, 'sync', 'hostile')), tickMs: 0, debounceMs: 5, backoff: { baseMs: 5, maxMs: 20 } });
    await engine.start();
    hostile.setMode('proxy', ctx.site().url);
    const created = await ctx.app().articles.create('de', 'Politik');
    await ctx.app().articles.save(created.id, created.rev, { headline: 'Start', body: bodyOf('Eins') });
    await engine.syncNow();
    expect(engine.statusOf(created.id)?.state).toBe('synced');

    for (const mode of BAD_MODES) {
      const headline = `Bearbeitet während ${mode}`;
      const before = await ctx.app().store.get(created.id);
      await ctx.app().articles.save(created.id, before.rev, { headline });
      await engine.flush();
      hostile.setMode(mode);
      const started = Date.now();
      await expect(engine.syncNow()).resolves.toBeDefined();
      expect(Date.now() - started, mode).toBeLessThan(20 * TIMEOUT_MS);
      const status = engine.statusOf(created.id);
      expect(['pending', 'failed'], mode).toContain(status?.state);
      expect(status?.reason ?? '', mode).toMatch(/^The site.{10,}/);
      // The site unreachable: offline, and why. (A site answering nonsense leaves the engine
      // 'online' with the reason on the article only: see the report of the hardening issue.)
      if (EXPECTED[mode][0] === 'unavailable') {
        expect(engine.info().connection, mode).toBe('offline');
        expect(engine.info().lastError, mode).toBe(status?.reason);
      }
      const local = await ctx.app().store.get(created.id);
      if (local.headline !== headline) tally.lost++;

      hostile.setMode('proxy', ctx.site().url);
      await engine.syncNow();
      const remote = (await ctx.site().api('GET', `/articles/${created.id}`)).body.article;
      if (engine.statusOf(created.id)?.state !== 'synced' || remote.headline !== headline) tally.lost++;
      expect(engine.statusOf(created.id)?.state, mode).toBe('synced');
      expect(remote.headline, mode).toBe(headline);
      expect(engine.info().connection, mode).toBe('online');
    }
    await engine.close();
    expect(tally.lost).toBe(0);
  });
});
