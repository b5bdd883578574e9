import { runWhenMain, type Report } from './report';
/**
 * Newsroom-scale benchmark of the article side (`npx tsx tests/bench/search.bench.ts`):
 * 10,000 articles by default, COPYDESK_BENCH_SCALE=100000 for the archive size. Each figure
 * stands beside a baseline of the same run: search against a bare FTS5 query of the same file
 * (and the old in-memory MiniSearch up to 20,000 articles), start-up and memory against reading
 * the summaries cache alone, autosave against a bare durable write of the same bytes.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createArticleService } from '../../backend/articles/article-service';
import { createSearchIndex } from '../../backend/articles/search-index';
import { openPersistentSearch } from '../../backend/articles/search/persistent-search';
import { loadSqlite } from '../../backend/articles/search/search-db';
import { createArticleStore } from '../../backend/articles/store/json-article-store';
import { generateArticles, sampleQueries, seededRandom } from '../fixtures/store/generate-articles';
import { changeOneParagraph, ms, percentile, timed, writeArticleFiles } from './store.bench';
import { bareDurableWrite } from './search/durable-floor';

const QUERIES = 400;
const SAVES = 200;
const KINDS = ['one word', 'prefix (typing)', 'two words', 'one typo'];
const run = promisify(execFile);

/** One fresh process opening the data folder (see search/open-child.ts). */
async function openInChild(dataDir: string, mode: 'ours' | 'bare' | 'minisearch'): Promise<Record<string, number>> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const { stdout } = await run(tsx, [path.resolve('tests/bench/search/open-child.ts'), dataDir, mode], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
}

/** p50/p95 per query kind of `search`, over the same queries. */
async function perKind(search: (q: string) => unknown): Promise<Array<[number, number]>> {
  const samples = KINDS.map(() => [] as number[]);
  for (const [i, q] of sampleQueries(QUERIES).entries()) samples[i % KINDS.length]!.push((await timed(() => search(q)))[1]);
  return samples.map((s) => [percentile(s, 0.5), percentile(s, 0.95)]);
}

/** A bare FTS5 query of the same index file: every word a prefix, first 50 rows, no ranking. */
async function bareSqlite(file: string): Promise<{ search(q: string): unknown; close(): void }> {
  const Database = (await loadSqlite())!;
  const db = new Database(file);
  const stmt = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? LIMIT 50');
  const words = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean).map((w) => `"${w}"*`).join(' AND ');
  return { search: (q) => stmt.all(words(q)), close: () => db.close() };
}

export async function runSearchBench(report: Report): Promise<void> {
  const scale = Number(process.env.COPYDESK_BENCH_SCALE ?? 10_000);
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-search-bench-'));
  const dataDir = path.join(root, 'data');
  try {
    const [, writeTook] = await timed(() => writeArticleFiles(dataDir, generateArticles(scale, { seed: 1 })));
    const store = createArticleStore({ dataDir });
    const [, storeOpen] = await timed(() => store.open());
    const search = await openPersistentSearch(store, { dataDir });
    const [, rebuildTook] = await timed(() => search.idle());
    report(`search bench setup (${scale} articles)`, [
      { step: 'generate + write article files', ms: Math.round(writeTook) },
      { step: 'first open of the store (no index.json)', ms: Math.round(storeOpen) },
      { step: 'search index built from nothing (background)', ms: Math.round(rebuildTook) },
    ]);

    const service = createArticleService(store, search);
    const bare = await bareSqlite(path.join(dataDir, 'search-index.sqlite'));
    const ours = await perKind((q) => search.search(q, { limit: 50 }));
    const page = await perKind((q) => service.list({ query: q, sort: 'relevance', limit: 50 }));
    const floor = await perKind((q) => bare.search(q));
    bare.close();
    let mini: Array<[number, number]> | null = null;
    if (scale <= 20_000) {
      const old = createSearchIndex();
      await old.buildFrom(store.iterate(), { yieldEvery: 1000 });
      mini = await perKind((q) => old.search(q, { limit: 50 }));
    }
    report(`search p95 (ms), ${scale} articles, ${QUERIES} queries (goal <= 10 at 100,000)`, KINDS.map((kind, k) => ({
      query: kind,
      'ours p50': ms(ours[k]![0]),
      'ours p95': ms(ours[k]![1]),
      'list page incl. snippets p95': ms(page[k]![1]),
      'bare FTS5 p95': ms(floor[k]![1]),
      'ours / bare FTS5': ms(ours[k]![1] / floor[k]![1]),
      'old MiniSearch p95': mini ? ms(mini[k]![1]) : 'not run (> 20,000)',
    })));

    // Autosave with the index live, interleaved with the bare durable write of the same bytes.
    const random = seededRandom(5);
    const ids = store.list().map((s) => s.id);
    const floorFile = path.join(root, 'floor', 'article.json');
    await mkdir(path.dirname(floorFile), { recursive: true });
    const saves: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < SAVES + 20; i++) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const current = await store.get(id);
      const [saved, took] = await timed(() => service.save(id, current.rev, { body: changeOneParagraph(current, random) }));
      const bytes = await readFile(path.join(dataDir, 'articles', `${saved.id}.json`), 'utf8');
      const [, floorTook] = await timed(() => bareDurableWrite(floorFile, bytes));
      if (i < 20) continue; // warm-up
      saves.push(took);
      writes.push(floorTook);
    }
    await search.close();
    await store.close();
    const ratio = (q: number) => ms(percentile(saves, q) / percentile(writes, q));
    report(`autosave with the search index live, ${scale} articles (goal ours / floor <= 2)`, [
      { write: 'ours (articles.save)', p50_ms: ms(percentile(saves, 0.5)), p95_ms: ms(percentile(saves, 0.95)) },
      { write: 'bare durable write, same bytes', p50_ms: ms(percentile(writes, 0.5)), p95_ms: ms(percentile(writes, 0.95)) },
      { write: 'ours / floor', p50_ms: ratio(0.5), p95_ms: ratio(0.95) },
    ]);

    const started = await openInChild(dataDir, 'ours');
    const floorStart = await openInChild(dataDir, 'bare');
    const oldStart = scale <= 20_000 ? await openInChild(dataDir, 'minisearch') : null;
    report(`start in a fresh process, ${scale} articles (goals: <= 1 s, <= 1 s, <= 250 MB)`, [
      { case: 'ours: store + search index', 'first screen ms': Math.round(started.firstScreen!), 'search ready ms': Math.round(started.ready!), 'rss MB': started.rss!, 'articles re-indexed': started.rebuilt! },
      { case: 'floor: read + parse the summaries cache only', 'first screen ms': Math.round(floorStart.firstScreen!), 'search ready ms': '', 'rss MB': floorStart.rss!, 'articles re-indexed': '' },
      { case: 'ours / floor', 'first screen ms': ms(started.firstScreen! / floorStart.firstScreen!), 'search ready ms': '', 'rss MB': ms(started.rss! / floorStart.rss!), 'articles re-indexed': '' },
      ...(oldStart ? [{ case: 'old: MiniSearch built from every file', 'first screen ms': Math.round(oldStart.firstScreen!), 'search ready ms': Math.round(oldStart.ready!), 'rss MB': oldStart.rss!, 'articles re-indexed': scale }] : []),
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, runSearchBench);
