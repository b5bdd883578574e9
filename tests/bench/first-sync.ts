import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createArticleService } from '../../backend/articles/article-service';
import { createSearchIndex } from '../../backend/articles/search-index';
import { createArticleStore } from '../../backend/articles/store/json-article-store';
import { createSyncEngine } from '../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../backend/sync/targets/reference-site/reference-site-target';
import { newArticleFields } from '../../core/article/article';
import { openDatabase } from '../../site/db/connect';
import { createSiteServer } from '../../site/server';
import { freePort } from '../support/free-port';
import type { Report } from './report';
import { benchFields, seedSite } from './support/seed-site';

const ms = (v: number) => Math.round(v * 10) / 10;

/**
 * A new app joining a site of `count` published articles (a SQLite site in a process of its own): the
 * first sync's articles/s, how long the app's event loop was held (the longest delay and the
 * slowest `list` asked every 100 ms meanwhile), beside the floor: the same articles written
 * into an empty store of the same app, one create each (the durable write a take needs anyway).
 */
export async function runFirstSyncBench(report: Report, count: number): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-first-sync-'));
  const siteDir = path.join(root, 'site');
  const db = await openDatabase({ sqliteDir: siteDir });
  const seeder = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false });
  const tokens = await seedSite(seeder, db.kysely, count);
  await seeder.close();
  await db.close();
  // The site in a process of its own, as a real one is: its work must not count as the app's.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site = spawn(path.join('node_modules', '.bin', 'tsx'), ['site/main.ts'], { env: { ...process.env, DATABASE_URL: '', COPYDESK_SITE_DATA: siteDir, COPYDESK_SITE_PORT: String(port) }, stdio: 'ignore' });
  try {
    for (let i = 0; i < 200 && (await fetch(`${url}/`).catch(() => null))?.status !== 200; i++) await new Promise((r) => setTimeout(r, 100));

    // The floor: the same articles created in a store, nothing else.
    const floorStore = createArticleStore({ dataDir: path.join(root, 'floor') });
    await floorStore.open();
    const f0 = performance.now();
    for (let n = 0; n < count; n++) await floorStore.create({ ...newArticleFields('de', 'Politik'), ...benchFields(n) } as never);
    const floorSeconds = (performance.now() - f0) / 1000;
    await floorStore.close();

    const store = createArticleStore({ dataDir: path.join(root, 'app') });
    await store.open();
    const articles = createArticleService(store, createSearchIndex());
    let requests = 0;
    const target = createReferenceSiteTarget({ url, token: tokens.publisher, onRequest: () => requests++ });
    const engine = createSyncEngine({ target, store, articles, files: createSyncFiles(path.join(root, 'app', 'sync', 'bench')), tickMs: 0 });
    await engine.start();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    let slowestList = 0;
    let lists = 0;
    const probe = setInterval(() => {
      const t = performance.now();
      store.list();
      lists++;
      slowestList = Math.max(slowestList, performance.now() - t);
    }, 100);
    loop.enable();
    const t0 = performance.now();
    const summary = await engine.syncNow();
    const seconds = (performance.now() - t0) / 1000;
    loop.disable();
    clearInterval(probe);
    const listed = store.list().length;
    await engine.close();
    await store.close();
    report(`first sync: a new app joins a site with ${count.toLocaleString('en')} published articles (goal ≥ 330 articles/s, usable throughout)`, [
      { what: 'first sync (pull, take, durable writes)', articles: summary.pulled, 'in the store': listed, seconds: ms(seconds), 'articles/s': Math.round(summary.pulled / seconds), requests, 'longest event-loop delay ms': ms(loop.max / 1e6), 'p99 delay ms': ms(loop.percentile(99) / 1e6), 'slowest list() ms (every 100 ms)': `${ms(slowestList)} (${lists}×)` },
      { what: 'floor: the same articles created in an empty store', articles: count, 'in the store': count, seconds: ms(floorSeconds), 'articles/s': Math.round(count / floorSeconds), requests: '', 'longest event-loop delay ms': '', 'p99 delay ms': '', 'slowest list() ms (every 100 ms)': '' },
      { what: 'floor / first sync (time)', articles: '', 'in the store': '', seconds: `${(seconds / floorSeconds).toFixed(2)}x`, 'articles/s': '', requests: '', 'longest event-loop delay ms': '', 'p99 delay ms': '', 'slowest list() ms (every 100 ms)': '' },
    ]);
  } finally {
    site.kill('SIGTERM');
    await new Promise((r) => site.once('exit', r));
    await rm(root, { recursive: true, force: true });
  }
}
