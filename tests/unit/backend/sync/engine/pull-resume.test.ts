import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createArticleService } from '../../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../../backend/articles/search-index';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import type { TeamChangesPage } from '../../../../../backend/sync/targets/team-target';
import { SyncFailure } from '../../../../../core/sync/sync-target';
import { seedSite } from '../../../../bench/support/seed-site';
import { startTestSite, type TestSite } from '../support';

const PAGE = 100;
const COUNT = 250;
let site: TestSite;
let token: string;
const dirs: string[] = [];

/** An app on `dataDir` whose target calls `onPull` around every page (the test's cut). */
async function openApp(dataDir: string, onPull: (call: number, cursor: string | null, page: () => Promise<TeamChangesPage>) => Promise<TeamChangesPage>) {
  const store = createArticleStore({ dataDir });
  await store.open();
  const writes = { create: 0, save: 0, replace: 0 };
  for (const name of ['create', 'save', 'replace'] as const) {
    const real = store[name].bind(store) as (...args: unknown[]) => Promise<never>;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => (writes[name]++, real(...args));
  }
  const articles = createArticleService(store, createSearchIndex());
  const real = createReferenceSiteTarget({ url: site.url, token, timeoutMs: 20_000, pullPageSize: PAGE });
  let calls = 0;
  const cursors: Array<string | null> = [];
  const target = { ...real, pull: (cursor: string | null) => (cursors.push(cursor), onPull(++calls, cursor, () => real.pull(cursor))) };
  const engine = createSyncEngine({ target, store, articles, files: createSyncFiles(path.join(dataDir, 'sync', 's1')), tickMs: 0, debounceMs: 10 });
  await engine.start();
  return { store, engine, cursors, writes, close: async () => (await engine.close(), await store.close()) };
}

const freshDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-resume-'));
  dirs.push(dir);
  return dir;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  site = await startTestSite();
  token = (await seedSite(site.server, site.db.kysely, COUNT)).publisher;
}, 60_000);
afterEach(async () => {
  await site.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('joining a big site', () => {
  it('after a kill mid-pull, a restart takes up the feed at the saved cursor, not from the start', async () => {
    const dir = freshDir();
    const snapshot = freshDir();
    let firstPage: TeamChangesPage | null = null;
    const cut = await openApp(dir, async (call, _cursor, page) => {
      if (call === 1) {
        firstPage = await page();
        await pause(1100); // a pull that takes its time: the cursor is saved before the next page
        return firstPage;
      }
      // The kill: what is on disk now is all a restart finds.
      cpSync(dir, snapshot, { recursive: true });
      throw new SyncFailure('unavailable', 'killed');
    });
    await cut.engine.syncNow();
    await cut.close();
    // The first page: the site's sample ad inventory, then articles.
    const taken = firstPage!.changes.length;
    expect(taken + firstPage!.team!.ads.length).toBe(PAGE);

    const resumed = await openApp(snapshot, (_call, _cursor, page) => page());
    const summary = await resumed.engine.syncNow();
    expect(resumed.cursors[0]).toBe(firstPage!.cursor);
    expect(summary.pulled).toBe(COUNT - taken);
    expect(summary.pushed).toBe(0);
    expect(resumed.store.list()).toHaveLength(COUNT);
    expect(resumed.engine.info().queued).toBe(0);
    expect(new Set(Object.values(resumed.engine.allStatuses()).map((s) => s.state))).toEqual(new Set(['synced']));
    await resumed.close();
  }, 120_000);

  it('an article new to the app arrives in one write of the store, published, with the site\'s history', async () => {
    const app = await openApp(freshDir(), (_call, _cursor, page) => page());
    await app.engine.syncNow();
    expect(app.store.list()).toHaveLength(COUNT);
    expect(app.writes).toEqual({ create: COUNT, save: 0, replace: 0 });
    const one = await app.store.get(app.store.list()[0]!.id);
    expect(one.status).toBe('published');
    expect(one.statusHistory.map((h) => h.action)).toEqual(['submit', 'approve', 'publish_now']);
    await app.close();
  }, 120_000);

  it('after the connection drops mid-pull, the next sync goes on from there, and shows its progress meanwhile', async () => {
    const dir = freshDir();
    const seen: Array<{ done: number; total: number; phase?: string }> = [];
    let drop = true;
    let engineRef: { info(): { progress: { done: number; total: number; phase?: string } } } | null = null;
    const app = await openApp(dir, async (call, _cursor, page) => {
      if (engineRef) seen.push({ ...engineRef.info().progress });
      if (call === 2 && drop) {
        drop = false;
        throw new SyncFailure('unavailable', 'connection reset');
      }
      return page();
    });
    engineRef = app.engine;
    const ads = (await site.db.kysely.selectFrom('site_ad_documents').select('id').execute()).length;
    const first = await app.engine.syncNow();
    expect(first.pulled).toBe(PAGE - ads);
    const second = await app.engine.syncNow();
    expect(app.cursors.filter((c) => c === null)).toHaveLength(1);
    expect(second.pulled).toBe(COUNT - (PAGE - ads));
    expect(app.store.list()).toHaveLength(COUNT);
    // "n of total" while receiving (each page tells how many wait after it): of everything, then of what was left.
    expect(seen).toContainEqual({ done: PAGE, total: COUNT + ads, phase: 'receiving' });
    expect(seen).toContainEqual({ done: PAGE, total: COUNT + ads - PAGE, phase: 'receiving' });
    await app.close();
  }, 120_000);
});
