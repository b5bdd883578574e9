/**
 * Pushes the same 200 generated articles to a real WordPress (tests/support/wordpress/wp-up.sh),
 * sequentially, as the sync engine's outbox would: creates, then updates of all of them.
 * Skips with a printed reason when WP_URL is unset. BENCH_WP_ARTICLES changes the count.
 */
import type { Article } from '../../core/article/article';
import { createWordPressTarget } from '../../electron/main/sync/targets/wordpress-target';
import { generateArticles } from '../fixtures/store/generate-articles';

type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

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
    slug: '',
  }));
  const target = createWordPressTarget({ baseUrl: WP_URL, user: WP_USER, appPassword: WP_APP_PASSWORD, options: { timeoutMs: 30_000 } });
  await target.whoAmI();

  const rows: Array<Record<string, string | number>> = [];
  const remote: Array<{ remoteId: string; remoteRev: string }> = [];
  for (const phase of ['create', 'update'] as const) {
    const times: number[] = [];
    let failures = 0;
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
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    rows.push({
      phase,
      articles: count,
      failures,
      'total s': seconds.toFixed(1),
      'posts/s': (count / seconds).toFixed(1),
      'p50 ms': percentile(times, 0.5).toFixed(0),
      'p95 ms': percentile(times, 0.95).toFixed(0),
      'max ms': (times[times.length - 1] ?? 0).toFixed(0),
    });
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
  rows.push({ phase: 'pull all (from scratch)', articles: pulled, failures: 0, 'total s': pullSeconds.toFixed(1), 'posts/s': (pulled / pullSeconds).toFixed(1), 'p50 ms': '', 'p95 ms': '', 'max ms': `${pages} pages` });
  report(`WordPress 6.1 (php -S, ${WP_URL}): ${count} articles pushed sequentially`, rows);
}
