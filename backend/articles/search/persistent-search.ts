import path from 'node:path';
import type { ArticleSummary } from '../../../core/article/article';
import { AppError } from '../../../core/contract/result';
import type { SearchIndexStatus } from '../../../core/contract/contract';
import type { ArticleStore } from '../store/article-store';
import type { SearchHit, SearchIndex, SearchOptions } from '../search-index';
import { queryTerms, type QueryTerm } from './german-terms';
import { ftsQueries } from './fts-query';
import { deleteSearchDb, isDamagedDbError, loadSqlite, openSearchDb, type SqliteDb } from './search-db';
import { SearchWriter, type PendingChange } from './search-writer';
import { matchTier, summaryMatches, summaryScore } from './text-match';

export interface PersistentSearch extends SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  hits(query: string, ranked: boolean): Iterable<SearchHit>;
  termsOf(query: string): QueryTerm[];
  status(): SearchIndexStatus;
  /** Resolves once every queued change is in the index. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Queued changes close() still writes (a few saves); more are left to the next start. */
const CLOSE_FINISHES = 500;

/** The search while the index cannot answer: every term a word start in the short fields of a summary. */
function summarySearch(summaries: Iterable<ArticleSummary>, terms: QueryTerm[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const s of summaries) if (summaryMatches(s, terms)) hits.push({ id: s.id, score: summaryScore(s, terms) });
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * Full-text search in `<dataDir>/search-index.sqlite` (SQLite FTS5), a cache of the article
 * files: brought up to date at open by comparing each article's rev and updatedAt with the
 * store's summaries, then kept current off the save path by a background writer.
 */
export async function openPersistentSearch(store: ArticleStore, options: { dataDir: string; delayMs?: number }): Promise<PersistentSearch> {
  const file = path.join(options.dataDir, 'search-index.sqlite');
  const Database = await loadSqlite();
  const rowIds = new Map<number, string>();
  const rebuilding = new Set<string>();
  let rebuildTotal = 0;
  let db: SqliteDb | null = null;
  let writer: SearchWriter | null = null;
  let search: ReturnType<typeof ftsQueries> | null = null;

  const read = (id: string) =>
    store.get(id).catch((err: unknown) => {
      if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'DAMAGED')) return null;
      throw err;
    });

  /** Opens the file (anew when damaged) and queues every article whose indexed version differs. */
  function start(): void {
    if (!Database) return;
    try {
      db = openSearchDb(Database, file).db;
    } catch (err) {
      console.error(`[copydesk] the search index ${file} cannot be opened; search uses the article summaries only:`, err);
      return;
    }
    search = ftsQueries(db);
    writer = new SearchWriter(db, read, {
      delayMs: options.delayMs ?? 50,
      indexed: (rowid, id) => (id === null ? rowIds.delete(rowid) : rowIds.set(rowid, id)),
      settled: (ids) => ids.forEach((id) => rebuilding.delete(id)),
      damaged: reset,
    });
    rowIds.clear();
    // Rows as arrays, compared with the store's summary by id: at 100,000 articles a map of
    // "rev@time" keys cost a fifth of the start.
    const current = new Set<string>();
    const gone: string[] = [];
    for (const [rowid, id, rev, updatedAt] of db.prepare('SELECT rowid, id, rev, updated_at FROM docs').raw().all() as Iterable<[number, string, number, string]>) {
      rowIds.set(rowid, id);
      const s = store.summary(id);
      if (!s || s.damaged) gone.push(id);
      else if (s.rev === rev && s.updatedAt === updatedAt) current.add(id);
    }
    const stale = store.list().filter((s) => !s.damaged && !current.has(s.id));
    // Oldest change first, so the rowids the writer hands out follow the articles' changes.
    stale.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
    for (const s of stale) rebuilding.add(s.id);
    for (const id of rebuilding) writer.enqueue(id, 'read');
    for (const id of gone) writer.enqueue(id, 'remove');
    rebuildTotal = rebuilding.size;
  }

  /** A damaged file found while running: delete it and rebuild in the background. */
  function reset(err: unknown): void {
    console.error('[copydesk] the search index is damaged; it is rebuilt from the article files:', err);
    writer?.clear();
    db?.close();
    db = null;
    deleteSearchDb(file);
    start();
  }

  const unsubscribe = store.onChange((id, summary) => writer?.enqueue(id, summary && !summary.damaged ? 'read' : 'remove'));
  start();

  /** Queued articles that match, by tier (see matchTier): a new version in full, one to be read from its summary. */
  function pendingByTier(queued: Iterable<[string, PendingChange]>, terms: QueryTerm[]): SearchHit[][] {
    const tiers: SearchHit[][] = [[], [], []];
    let summaries: Map<string, ArticleSummary> | null = null;
    for (const [id, change] of queued) {
      if (change === 'remove') continue;
      if (change === 'read') summaries ??= new Map(store.list().map((s) => [s.id, s]));
      const item = change === 'read' ? summaries!.get(id) : change;
      const tier = item ? matchTier(item, terms) : -1;
      if (tier >= 0) tiers[tier]!.push({ id, score: tier });
    }
    return tiers;
  }

  const index: PersistentSearch = {
    add: (article) => (writer?.hold(), writer?.enqueue(article.id, article)),
    update: (article) => (writer?.hold(), writer?.enqueue(article.id, article)),
    remove: (id) => writer?.enqueue(id, 'remove'),
    search(query, opts = {}) {
      const hits: SearchHit[] = [];
      const limit = opts.limit ?? 50;
      if (limit <= 0) return hits;
      for (const hit of index.hits(query, opts.ranked ?? true)) if (hits.push(hit) >= limit) break;
      return hits;
    },
    /** Best first when `ranked`, by tier and newest first within one, read lazily (take what you need and stop). */
    *hits(query, ranked) {
      const terms = queryTerms(query);
      if (terms.length === 0) return;
      if (!search || !writer || rebuilding.size > 0) return yield* summarySearch(store.list(), terms);
      const pending = writer;
      // Articles the writer has not reached yet are matched in memory, each before the index's rows of its tier.
      const early = pending.size > 0 ? pendingByTier(pending.queued(), index.termsOf(query)) : [[], [], []];
      let tier = 2;
      yield* early[tier]!;
      try {
        for (const row of search.search(terms, ranked)) {
          while (row.tier < tier) yield* early[--tier]!;
          const id = rowIds.get(row.rowid);
          if (id !== undefined && !pending.isPending(id)) yield { id, score: row.tier };
        }
      } catch (err) {
        if (!isDamagedDbError(err)) throw err;
        reset(err); // this answer ends here; the next one comes from the summaries until rebuilt
      }
      while (tier > 0) yield* early[--tier]!;
    },
    /** The query's terms with the typo corrections the index searched for (so the page marks those words). */
    termsOf(query) {
      const terms = queryTerms(query);
      if (!search || rebuilding.size > 0 || terms.length === 0) return terms;
      const corrections = search.correctionsOf(terms);
      return terms.map((t, i) => ({ ...t, variants: [...t.variants, ...(corrections[i] ?? [])] }));
    },
    async buildFrom(articles) {
      let added = 0;
      for await (const article of articles) {
        writer?.enqueue(article.id, article); // no hold: this is a rebuild, not a person saving
        added++;
      }
      await index.idle();
      return added;
    },
    count: () => rowIds.size,
    status: () => ({ state: !db ? 'unavailable' : rebuilding.size > 0 ? 'rebuilding' : 'ready', done: rebuildTotal - rebuilding.size, total: rebuildTotal }),
    idle: async () => writer?.idle(),
    async close() {
      unsubscribe();
      // A rebuild must not hold up quitting: what is still queued then is found stale at the next start.
      if (writer && writer.size > CLOSE_FINISHES) writer.clear();
      await writer?.idle();
      db?.close();
      db = null;
    },
  };
  return index;
}
