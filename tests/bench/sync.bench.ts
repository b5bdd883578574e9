import { runFirstSyncBench } from './first-sync';
import { runWhenMain } from './report';
/**
 * Sync benchmark (`npx tsx tests/bench/sync.bench.ts`): an in-process reference site on
 * 127.0.0.1 (SQLite in a temp dir) and the app's real store and sync engine.
 * 1. push 1,000 new articles (articles/s);
 * 2. with 10,000 synced articles, change one and sync: requests and time (goal <= 2, < 100 ms);
 * 3. the site's article page vs a static file of the same Fastify (requests/s, bounded loop; the
 *    full measure at 64 connections on PostgreSQL is site-pages.bench.ts);
 * 4. a new app's first sync of a site with COPYDESK_BENCH_SCALE articles (default 10,000; the
 *    README's table is at 100,000) beside the floor, the same articles created in a store.
 * BENCH_SYNC_ARTICLES shrinks step 2 for a quick look.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newArticleFields, type ArticleFields } from '../../core/article/article';
import { createArticleService } from '../../backend/articles/article-service';
import { createSearchIndex } from '../../backend/articles/search-index';
import { createArticleStore } from '../../backend/articles/store/json-article-store';
import { createReferenceSiteTarget } from '../../backend/sync/targets/reference-site/reference-site-target';
import { startSite } from './support/in-process-site';
import { createSyncEngine } from '../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../backend/sync/sync-files';

type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const fieldsFor = (n: number): ArticleFields => ({
  ...newArticleFields('de', 'Politik'),
  headline: `Bench-Artikel ${n}`,
  slug: `bench-artikel-${n}`,
  teaser: 'Ein kurzer Teaser für den Benchmark.',
  author: 'Redaktion',
  source: 'dpa',
  tags: ['Politik', `Tag ${n % 20}`],
  body: { type: 'doc', content: [para(`Erster Absatz von Artikel ${n}.`), para('Zweiter Absatz mit etwas mehr Text, damit der Körper nicht leer ist.'), para('Dritter Absatz.')] },
});
const ms = (v: number) => Math.round(v * 10) / 10;

async function openApp(dir: string, siteUrl: string, token: string) {
  const store = createArticleStore({ dataDir: dir });
  await store.open();
  const articles = createArticleService(store, createSearchIndex());
  const requests: string[] = [];
  const target = createReferenceSiteTarget({ url: siteUrl, token, onRequest: (m, p) => requests.push(`${m} ${p.replace(/[0-9a-f-]{36}/, ':id')}`) });
  const engine = createSyncEngine({ target, store, articles, files: createSyncFiles(path.join(dir, 'sync', 'bench')), tickMs: 0 });
  await engine.start();
  return { store, articles, engine, requests, close: async () => (await engine.close(), await store.close()) };
}

/** Requests per second of `url` with `concurrency` workers for `seconds`. */
async function throughput(url: string, seconds: number, concurrency = 16): Promise<{ rps: number; p50: number; errors: number }> {
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await fetch(url).catch(() => null);
        if (!res || !res.ok) errors++;
        await res?.arrayBuffer();
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { rps: Math.round(times.length / seconds), p50: ms(times[Math.floor(times.length / 2)] ?? 0), errors };
}

export async function runSyncBench(report: Report): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-sync-bench-'));
  const total = Number(process.env.BENCH_SYNC_ARTICLES ?? 10_000);
  try {
    // 1. 1,000 new articles pushed.
    {
      const site = await startSite(path.join(root, 'site1'));
      const app = await openApp(path.join(root, 'app1'), site.url, site.publisher);
      for (let i = 0; i < 1000; i++) await app.store.create(fieldsFor(i));
      await app.engine.flush();
      const t0 = performance.now();
      const r = await app.engine.syncNow();
      const seconds = (performance.now() - t0) / 1000;
      report('push 1,000 new articles to the in-process site', [
        { articles: r.pushed, seconds: ms(seconds), 'articles/s': Math.round(r.pushed / seconds), requests: app.requests.length },
      ]);
      await app.close();
      await site.close();
    }

    // 2. One change among `total` synced articles.
    {
      const site = await startSite(path.join(root, 'site2'));
      const app = await openApp(path.join(root, 'app2'), site.url, site.publisher);
      const t0 = performance.now();
      for (let i = 0; i < total; i++) await app.store.create(fieldsFor(i));
      await app.engine.flush();
      await app.engine.syncNow();
      await app.engine.syncNow(); // reads the echo of the bulk push once
      const seedSeconds = (performance.now() - t0) / 1000;
      const one = app.store.list()[Math.floor(total / 2)]!;
      const rows: Array<Record<string, string | number>> = [];
      for (let round = 0; round < 5; round++) {
        const current = await app.store.get(one.id);
        await app.articles.save(one.id, current.rev, { teaser: `Geändert ${round}` });
        await app.engine.flush();
        app.requests.length = 0;
        const t1 = performance.now();
        const r = await app.engine.syncNow(false);
        rows.push({ round: round + 1, articles: total, pushed: r.pushed, requests: app.requests.length, calls: app.requests.join(', '), ms: ms(performance.now() - t1) });
      }
      app.requests.length = 0;
      const t2 = performance.now();
      await app.engine.syncNow(false);
      rows.push({ round: 'nothing changed', articles: total, pushed: 0, requests: app.requests.length, calls: app.requests.join(', '), ms: ms(performance.now() - t2) });
      report(`incremental sync: one article changed among ${total} (seeding took ${ms(seedSeconds)} s; goal <= 2 requests, < 100 ms)`, rows);

      // 3. Page throughput (same site, same Fastify).
      const slug = (await app.store.get(one.id)).slug;
      const res = await fetch(`${site.url}/api/v1/articles/${one.id}`, { headers: { authorization: `Bearer ${site.publisher}` } });
      const rev = ((await res.json()) as { article: { rev: number } }).article.rev;
      for (const action of ['submit', 'approve', 'publish_now']) {
        const step = await fetch(`${site.url}/api/v1/articles/${one.id}/status`, {
          method: 'POST',
          headers: { authorization: `Bearer ${site.publisher}`, 'content-type': 'application/json' },
          body: JSON.stringify({ action, baseRev: rev + ['submit', 'approve', 'publish_now'].indexOf(action) }),
        });
        if (!step.ok) throw new Error(`${action}: ${await step.text()}`);
      }
      const page = await throughput(`${site.url}/artikel/${slug}`, 3);
      const css = await throughput(`${site.url}/theme/site.css`, 3);
      report('article page vs static file on the same Fastify (16 concurrent, 3 s each)', [
        { url: `/artikel/${slug}`, 'req/s': page.rps, p50_ms: page.p50, errors: page.errors },
        { url: '/theme/site.css (static)', 'req/s': css.rps, p50_ms: css.p50, errors: css.errors },
        { url: 'page / static', 'req/s': ms(page.rps / Math.max(1, css.rps)), p50_ms: '', errors: '' },
      ]);
      await app.close();
      await site.close();
    }

    // 4. First sync of a big site.
    await runFirstSyncBench(report, Number(process.env.COPYDESK_BENCH_SCALE ?? 10_000));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, runSyncBench);
