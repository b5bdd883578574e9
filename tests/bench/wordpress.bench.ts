/**
 * Pushes the same 200 generated articles to a real WordPress (tests/support/wordpress/wp-up.sh),
 * sequentially, as the sync engine's outbox would: creates, then updates of all of them.
 * Skips with a printed reason when WP_URL is unset. BENCH_WP_ARTICLES changes the count.
 */
import type { Article } from '../../core/article/article';
import { articleToPost } from '../../backend/sync/targets/wordpress';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createReferenceSiteTarget } from '../../backend/sync/targets/reference-site/reference-site-target';
import { createWordPressTarget } from '../../backend/sync/targets/wordpress/wordpress-target';
import { startSite } from './support/in-process-site';
import { generateArticles } from '../fixtures/store/generate-articles';

type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function phaseRow(phase: string, count: number, failures: number, seconds: number, times: number[], requestsPerPost: number): Record<string, string | number> {
  times.sort((a, b) => a - b);
  return {
    phase,
    articles: count,
    failures,
    'total s': seconds.toFixed(1),
    'posts/s': (count / seconds).toFixed(1),
    'requests/post': requestsPerPost.toFixed(2),
    'p50 ms': percentile(times, 0.5).toFixed(0),
    'p95 ms': percentile(times, 0.95).toFixed(0),
    'max ms': (times[times.length - 1] ?? 0).toFixed(0),
  };
}

export async function runWordPressBench(report: Report): Promise<void> {
  const { WP_URL, WP_USER, WP_APP_PASSWORD } = process.env;
  if (!WP_URL || !WP_USER || !WP_APP_PASSWORD) {
    console.log('SKIPPED: wordpress bench — WP_URL/WP_USER/WP_APP_PASSWORD unset (eval "$(tests/support/wordpress/wp-up.sh)").');
    return;
  }
  const count = Number(process.env.BENCH_WP_ARTICLES ?? 200);
  const run = Date.now().toString(36);
  const articles: Article[] = [...generateArticles(count, { seed: 7, words: 600 })].map((a, i) => ({
    ...a,
    id: `bench-${run}-${i}`,
    status: 'published',
    schedule: null,
    leadImage: { mediaId: null, alt: '', credit: '' },
    // The reference site runs the pre-flight checklist before publishing (headline <= 80 characters).
    headline: a.headline.slice(0, 78).trim(),
    slug: '',
  }));
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const target = createWordPressTarget({ baseUrl: WP_URL, user: WP_USER, appPassword: WP_APP_PASSWORD, fetch: counting, options: { timeoutMs: 30_000 } });
  await target.whoAmI();
  const rows: Array<Record<string, string | number>> = [];

  // Baseline: WordPress alone, one plain REST POST per article with the same pre-rendered content.
  const auth = `Basic ${Buffer.from(`${WP_USER}:${WP_APP_PASSWORD}`).toString('base64')}`;
  const bodies = articles.map((a) => JSON.stringify(articleToPost(a, { categoryId: null, tagIds: [], featuredMediaId: null, adMarker: 'comment', unpublishedAs: 'draft', now: new Date() }).post));
  {
    const times: number[] = [];
    let failures = 0;
    const started = performance.now();
    for (const body of bodies) {
      const t0 = performance.now();
      const res = await fetch(`${WP_URL}/wp-json/wp/v2/posts`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      if (res.status !== 201) failures++;
      times.push(performance.now() - t0);
    }
    rows.push(phaseRow('baseline: plain REST POST (no adapter)', count, failures, (performance.now() - started) / 1000, times, 1));
  }

  const remote: Array<{ remoteId: string; remoteRev: string }> = [];
  for (const phase of ['create', 'update'] as const) {
    const times: number[] = [];
    let failures = 0;
    const requestsBefore = requests;
    const started = performance.now();
    for (const [i, article] of articles.entries()) {
      const t0 = performance.now();
      try {
        const prev = remote[i];
        const pushed = await target.push(
          phase === 'create'
            ? { article, remoteId: null, baseRev: null, idempotencyKey: `${article.id}-c` }
            : { article: { ...article, headline: `${article.headline} (aktualisiert)` }, remoteId: prev?.remoteId ?? null, baseRev: prev?.remoteRev ?? null, idempotencyKey: `${article.id}-u` },
        );
        remote[i] = pushed;
      } catch (err) {
        failures++;
        if (failures <= 3) console.error(err);
      }
      times.push(performance.now() - t0);
    }
    rows.push(phaseRow(`adapter ${phase}`, count, failures, (performance.now() - started) / 1000, times, (requests - requestsBefore) / count));
  }

  const pullStarted = performance.now();
  let cursor: string | null = null;
  let pulled = 0;
  let pages = 0;
  for (;;) {
    const page = await target.pull(cursor);
    pulled += page.changes.length;
    pages++;
    cursor = page.cursor;
    if (!page.more || pages > 10_000) break;
  }
  const pullSeconds = (performance.now() - pullStarted) / 1000;
  rows.push({ phase: `pull everything from scratch (${pages} pages)`, articles: pulled, failures: 0, 'total s': pullSeconds.toFixed(1), 'posts/s': (pulled / pullSeconds).toFixed(1) });

  // The same articles to the reference site (in this process, SQLite), pushed the same way.
  const siteDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-wp-bench-site-'));
  const site = await startSite(siteDir);
  try {
    let siteRequests = 0;
    const siteTarget = createReferenceSiteTarget({ url: site.url, token: site.publisher, onRequest: () => siteRequests++ });
    const siteRemote: Array<{ remoteId: string; remoteRev: string }> = [];
    for (const phase of ['create', 'update'] as const) {
      const times: number[] = [];
      let failures = 0;
      const before = siteRequests;
      const started = performance.now();
      for (const [i, article] of articles.entries()) {
        const t0 = performance.now();
        try {
          const prev = siteRemote[i];
          siteRemote[i] = await siteTarget.push(
            phase === 'create'
              ? { article, remoteId: null, baseRev: null, idempotencyKey: `${article.id}-c` }
              : { article: { ...article, headline: `${article.headline} (aktualisiert)` }, remoteId: prev?.remoteId ?? null, baseRev: prev?.remoteRev ?? null, idempotencyKey: `${article.id}-u` },
          );
        } catch (err) {
          failures++;
          if (failures <= 3) console.error(err);
        }
        times.push(performance.now() - t0);
      }
      rows.push(phaseRow(`reference site ${phase}`, count, failures, (performance.now() - started) / 1000, times, (siteRequests - before) / count));
    }
  } finally {
    await site.close();
    await rm(siteDir, { recursive: true, force: true });
  }
  const rate = (label: string) => Number(rows.find((r) => r.phase === label)?.['posts/s'] ?? NaN);
  rows.push({ phase: 'reference site / WordPress (create, posts/s)', articles: '', failures: '', 'total s': '', 'posts/s': (rate('reference site create') / rate('adapter create')).toFixed(1) });
  const load = (await import('node:os')).loadavg()[0]?.toFixed(1) ?? '?';
  report(`WordPress 6.1 (php -S, ${WP_URL}): ${count} articles pushed sequentially (load average at end: ${load})`, rows);
}
