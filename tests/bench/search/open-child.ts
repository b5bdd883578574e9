/**
 * One start of the back end's article side in a fresh process, so that resident memory is what
 * an app holds, not what the benchmark built: `tsx open-child.ts <dataDir> ours|bare|minisearch`.
 * Prints one JSON line: first screen, search ready, first search (ms) and RSS (MB).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createArticleService } from '../../../backend/articles/article-service';
import { createSearchIndex } from '../../../backend/articles/search-index';
import { openPersistentSearch } from '../../../backend/articles/search/persistent-search';
import { createArticleStore } from '../../../backend/articles/store/json-article-store';

const [dataDir, mode] = process.argv.slice(2) as [string, 'ours' | 'bare' | 'minisearch'];

function rssMb(): number {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // Without gc the figure includes garbage: an upper bound.
  }
  return Math.round(process.memoryUsage().rss / 1024 / 1024);
}

async function main(): Promise<Record<string, number>> {
  const start = performance.now();
  if (mode === 'bare') {
    // The floor of listing at all: the summaries cache read and parsed, nothing else.
    const parsed = JSON.parse(await readFile(path.join(dataDir, 'index.json'), 'utf8')) as { entries: object };
    const firstScreen = performance.now() - start;
    return { firstScreen, ready: firstScreen, listed: Object.keys(parsed.entries).length, rss: rssMb() };
  }
  const store = createArticleStore({ dataDir });
  await store.open();
  if (mode === 'minisearch') {
    const search = createSearchIndex();
    const listed = createArticleService(store, search);
    const first = await listed.list({ sort: 'updated-desc', limit: 50 });
    const firstScreen = performance.now() - start;
    await search.buildFrom(store.iterate(), { yieldEvery: 200 });
    return { firstScreen, ready: performance.now() - start, listed: first.total, rss: rssMb() };
  }
  const search = await openPersistentSearch(store, { dataDir });
  const service = createArticleService(store, search);
  const first = await service.list({ sort: 'updated-desc', limit: 50 });
  const firstScreen = performance.now() - start;
  await search.idle();
  const ready = performance.now() - start;
  const searchStart = performance.now();
  await service.list({ query: 'Haushalt', sort: 'relevance', limit: 50 });
  const firstSearch = performance.now() - searchStart;
  const rss = rssMb();
  await search.close();
  await store.close();
  return { firstScreen, ready, firstSearch, listed: first.total, rebuilt: search.status().total, rss };
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
