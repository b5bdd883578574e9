import { runWhenMain } from './report';
/**
 * Store benchmark: autosave cost with 10 vs 10,000 articles, against the bare durable write of the
 * same bytes (the floor) and a naive single-file lowdb store; open + list with and without
 * index.json; the old in-memory full-text search; memory after loading.
 * Run directly with `npx tsx tests/bench/store.bench.ts` (BENCH_ARTICLES=500 for a quick run).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Article } from '../../core/article/article';
import type { BodyNode } from '../../core/article/body-schema';
import { createSearchIndex } from '../../backend/articles/search-index';
import type { ArticleStore } from '../../backend/articles/store/article-store';
import { encodeArticleFile } from '../../backend/articles/store/article-file';
import { createArticleStore } from '../../backend/articles/store/json-article-store';
import { generateArticles, sampleQueries, seededRandom } from '../fixtures/store/generate-articles';
import { bareDurableWrite } from './search/durable-floor';

type Report = (section: string, rows: Array<Record<string, string | number>>) => void;

const SMALL = 10;
const SAVES = 200;
const WARMUP = 20;
const NAIVE_SAVES = 7;
const QUERIES = 400;

export const ms = (n: number) => Math.round(n * 100) / 100;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

export async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** Writes article files directly (no fsync): setting up 10,000 files must take seconds, not minutes. */
export async function writeArticleFiles(dataDir: string, articles: Iterable<Article>): Promise<number> {
  const dir = path.join(dataDir, 'articles');
  await mkdir(dir, { recursive: true });
  let batch: Promise<void>[] = [];
  let count = 0;
  for (const article of articles) {
    batch.push(writeFile(path.join(dir, `${article.id}.json`), JSON.stringify(encodeArticleFile(article), null, 2)));
    count++;
    if (batch.length === 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return count;
}

/** The autosave an editor triggers: one paragraph of the body changed. */
export function changeOneParagraph(article: Article, random: () => number): Article['body'] {
  const content = [...article.body.content];
  const i = content.findIndex((n, idx) => n.type === 'paragraph' && idx >= Math.floor(random() * content.length));
  const at = i < 0 ? 0 : i;
  const edited: BodyNode = { type: 'paragraph', content: [{ type: 'text', text: `Geänderter Absatz ${random().toString(36).slice(2)}.` }] };
  content[at] = edited;
  return { ...article.body, content };
}

interface AutosaveTarget {
  store: ArticleStore;
  ids: string[];
  random: () => number;
  samples: number[];
}

const autosaveTarget = (store: ArticleStore, seed: number): AutosaveTarget => ({
  store,
  ids: store.list().map((s) => s.id),
  random: seededRandom(seed),
  samples: [],
});

/** One autosave of a random article; its duration is recorded unless warming up. */
async function autosave(target: AutosaveTarget, record: boolean): Promise<string> {
  const id = target.ids[Math.floor(target.random() * target.ids.length)]!;
  const current = await target.store.get(id); // the editor already holds the article: not timed
  const body = changeOneParagraph(current, target.random);
  const [, took] = await timed(() => target.store.save(id, current.rev, { body }));
  if (record) target.samples.push(took);
  return id;
}

/** A collected heap, when the runtime lets us ask for one (v8 flag set at run time). */
function collectGarbage(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // Without gc the numbers include garbage; still useful as an upper bound.
  }
}

async function openAndList(dataDir: string): Promise<[ArticleStore, number, number]> {
  const store = createArticleStore({ dataDir });
  const [listed, took] = await timed(async () => {
    await store.open();
    return store.list().length;
  });
  return [store, took, listed];
}

/** Runs every store benchmark and hands each section's rows to `report`. */
export async function runStoreBench(report: Report): Promise<void> {
  const total = Number(process.env.BENCH_ARTICLES ?? 10_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-'));
  try {
    const smallDir = path.join(root, 'small');
    const bigDir = path.join(root, 'big');
    const [, genTook] = await timed(async () => {
      await writeArticleFiles(smallDir, generateArticles(SMALL, { seed: 7 }));
      await writeArticleFiles(bigDir, generateArticles(total, { seed: 1 }));
    });
    report('setup', [{ articles: total, 'generate + write files (ms)': Math.round(genTook) }]);

    // Open + list: first without index.json (rebuild from every file), then with it.
    const [rebuilt, rebuildTook, listedRebuilt] = await openAndList(bigDir);
    await rebuilt.close(); // writes index.json
    const [big, indexedTook, listed] = await openAndList(bigDir);
    report('open + list', [
      { case: `${total} articles, no index.json (rebuild)`, 'ms': Math.round(rebuildTook), listed: listedRebuilt },
      { case: `${total} articles, with index.json`, 'ms': Math.round(indexedTook), listed },
    ]);

    // Autosave: the same change in a store of 10 and of `total` articles, warmed up, then
    // interleaved so that both see the same machine load.
    const small = createArticleStore({ dataDir: smallDir });
    await small.open();
    const smallRun = autosaveTarget(small, 11);
    const bigRun = autosaveTarget(big, 11);
    for (let i = 0; i < WARMUP; i++) {
      await autosave(smallRun, false);
      await autosave(bigRun, false);
    }
    // The floor: a bare durable write of the bytes the big store just wrote, beside it in time.
    const floorFile = path.join(root, 'floor', 'article.json');
    await mkdir(path.dirname(floorFile), { recursive: true });
    const floorSamples: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      await autosave(smallRun, true);
      const id = await autosave(bigRun, true);
      const bytes = await readFile(path.join(bigDir, 'articles', `${id}.json`), 'utf8');
      floorSamples.push((await timed(() => bareDurableWrite(floorFile, bytes)))[1]);
    }
    await small.close();
    const smallSamples = smallRun.samples;
    const bigSamples = bigRun.samples;
    const smallP50 = percentile(smallSamples, 0.5);
    const bigP50 = percentile(bigSamples, 0.5);
    report('autosave (store.save, one paragraph changed, fsync incl.)', [
      { store: `${SMALL} articles`, p50_ms: ms(smallP50), p95_ms: ms(percentile(smallSamples, 0.95)), saves: SAVES },
      { store: `${total} articles`, p50_ms: ms(bigP50), p95_ms: ms(percentile(bigSamples, 0.95)), saves: SAVES },
      { store: `ratio ${total}/${SMALL} (goal <= 1.5)`, p50_ms: ms(bigP50 / smallP50), p95_ms: ms(percentile(bigSamples, 0.95) / percentile(smallSamples, 0.95)), saves: '' },
      { store: 'floor: bare durable write of the same bytes', p50_ms: ms(percentile(floorSamples, 0.5)), p95_ms: ms(percentile(floorSamples, 0.95)), saves: SAVES },
      { store: `ours ${total} / floor (goal <= 2)`, p50_ms: ms(bigP50 / percentile(floorSamples, 0.5)), p95_ms: ms(percentile(bigSamples, 0.95) / percentile(floorSamples, 0.95)), saves: '' },
    ]);

    // Search over every article, built from the store as the app does.
    const search = createSearchIndex();
    const [built, buildTook] = await timed(() => search.buildFrom(big.iterate(), { yieldEvery: 200 }));
    const queries = sampleQueries(QUERIES);
    const kinds = ['one word', 'prefix (typing)', 'two words', 'one typo'];
    const byKind = kinds.map(() => [] as number[]);
    const all: number[] = [];
    let hits = 0;
    for (const [i, query] of queries.entries()) {
      const [found, took] = await timed(() => search.search(query, { limit: 50 }));
      hits += found.length;
      all.push(took);
      byKind[i % kinds.length]!.push(took);
    }
    report('full-text search (MiniSearch)', [
      {
        queries: `all ${QUERIES}`,
        p50_ms: ms(percentile(all, 0.5)),
        'p95_ms (goal < 20)': ms(percentile(all, 0.95)),
        'avg hits (limit 50)': Math.round(hits / QUERIES),
        'index build from store (ms)': Math.round(buildTook),
        articles: built,
      },
      ...kinds.map((kind, k) => ({
        queries: kind,
        p50_ms: ms(percentile(byKind[k]!, 0.5)),
        'p95_ms (goal < 20)': ms(percentile(byKind[k]!, 0.95)),
        'avg hits (limit 50)': '',
        'index build from store (ms)': '',
        articles: '',
      })),
    ]);
    collectGarbage();
    const mem = process.memoryUsage();
    report('memory after loading (store summaries + search index)', [{ rss_mb: mb(mem.rss), heap_used_mb: mb(mem.heapUsed), articles: total }]);

    // The naive alternative: every article in one lowdb JSONFile, rewritten on each autosave.
    const naiveArticles: Article[] = [];
    for await (const article of big.iterate()) naiveArticles.push(article);
    await big.close();
    const naive = new Low<{ articles: Article[] }>(new JSONFile(path.join(root, 'naive.json')), { articles: naiveArticles });
    await naive.write();
    const random = seededRandom(13);
    const naiveSamples: number[] = [];
    for (let i = 0; i < NAIVE_SAVES; i++) {
      const at = Math.floor(random() * naiveArticles.length);
      const article = naiveArticles[at]!;
      naiveArticles[at] = { ...article, body: changeOneParagraph(article, random), rev: article.rev + 1 };
      naiveSamples.push((await timed(() => naive.write()))[1]);
    }
    const naiveP50 = percentile(naiveSamples, 0.5);
    report('autosave vs naive single-file lowdb (JSONFile, no fsync)', [
      { store: `ours, ${total} articles`, p50_ms: ms(bigP50), p95_ms: ms(percentile(bigSamples, 0.95)), saves: SAVES },
      { store: `naive, ${total} articles`, p50_ms: ms(naiveP50), p95_ms: ms(percentile(naiveSamples, 0.95)), saves: NAIVE_SAVES },
      { store: 'naive / ours (goal >= 20)', p50_ms: ms(naiveP50 / bigP50), p95_ms: '', saves: '' },
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, runStoreBench);
