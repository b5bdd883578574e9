import MiniSearch from 'minisearch';
import type { Article } from '../../core/article/article';
import type { SearchIndexStatus } from '../../core/contract/contract';
import { bodyPlainText } from '../../core/text/body-text';
import type { QueryTerm } from './search/german-terms';

/** One search result: the article id and its relevance (higher is better). */
export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
  /** Best first (default); false when the caller sorts the hits itself (by date), which spares ranking them. */
  ranked?: boolean;
}

/**
 * Full-text search over articles. `search` may be asynchronous where a host waits for the
 * index to be built; the local index itself answers synchronously (see LocalSearchIndex).
 */
export interface SearchIndex {
  add(article: Article): void;
  /** Adds the article or replaces its earlier version. */
  update(article: Article): void;
  remove(id: string): void;
  search(query: string, options?: SearchOptions): SearchHit[] | Promise<SearchHit[]>;
  /** Every hit, best first when `ranked`, produced as read: a caller stops after the ones it needs. */
  hits?(query: string, ranked: boolean): Iterable<SearchHit>;
  /** The query's terms as searched, typo corrections included (for the marks in the list). */
  termsOf?(query: string): QueryTerm[];
  /** Adds every article, yielding to the event loop every `yieldEvery` articles; resolves to the count added. */
  buildFrom(articles: Iterable<Article> | AsyncIterable<Article>, options?: { yieldEvery?: number }): Promise<number>;
  /** Number of articles in the index. */
  count(): number;
  /** Whether the index answers or is being rebuilt (an index built in memory at start has none). */
  status?(): SearchIndexStatus;
}

/** The in-memory MiniSearch index. */
export interface LocalSearchIndex extends SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
}

interface SearchDoc {
  id: string;
  headline: string;
  teaser: string;
  tags: string;
  body: string;
  author: string;
  section: string;
}

/** Fields short enough that prefix matching in them stays cheap at 10,000 articles. */
const SHORT_FIELDS = ['headline', 'teaser', 'tags', 'author', 'section'] as const;
const BOOST = { headline: 3, teaser: 2, tags: 2 };

const fuzzyFor = (term: string): number | false => (term.length >= 5 ? 1 : false);

/** Words too common to help find an article; leaving them out also keeps the index small. */
const STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber als auch an auf aus bei bis ' +
    'da dass du er es für hat hatte haben ich ihr im in ist ja mit nach nicht noch nur ob sich sie sind so ' +
    'um von vor war wie wir wird zu zum zur über the a an and or of to in is it for on'
  ).split(' '),
);

/** Splits on anything that is not a letter or digit, so umlauts and ß stay inside words. */
const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Case-folds (plain toLowerCase: German needs no locale rules, and it is much faster); drops stop words. */
function processTerm(term: string): string | null {
  const folded = term.toLowerCase();
  return STOP_WORDS.has(folded) ? null : folded;
}

function toDoc(article: Article): SearchDoc {
  return {
    id: article.id,
    headline: article.headline,
    teaser: article.teaser,
    tags: article.tags.join(' '),
    body: bodyPlainText(article.body),
    author: article.author,
    section: article.section,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Adds each hit's score to `into`. */
function addScores(into: Map<string, number>, hits: readonly { id: unknown; score: number }[]): void {
  for (const hit of hits) {
    const id = String(hit.id);
    into.set(id, (into.get(id) ?? 0) + hit.score);
  }
}

/**
 * Two MiniSearch indexes: the short fields (headline weighs 3, teaser and tags 2, author and
 * section 1) matched exactly, as prefixes of 3+ letters ("Haus" finds "Haushalt") and with one
 * typo in words of 5+ letters; and the body, matched by whole words. Every query word must match
 * in one of them. Prefix and typo matching in bodies would expand "bund" to thousands of terms
 * across 10,000 articles and cost hundreds of milliseconds per search.
 */
export function createSearchIndex(): LocalSearchIndex {
  const common = { storeFields: [], tokenize, processTerm };
  const shortFields = new MiniSearch<SearchDoc>({
    ...common,
    fields: [...SHORT_FIELDS],
    searchOptions: { boost: BOOST, prefix: (term) => term.length >= 3, fuzzy: fuzzyFor },
  });
  const bodies = new MiniSearch<SearchDoc>({ ...common, fields: ['body'], searchOptions: { prefix: false, fuzzy: false } });

  function queryTerms(text: string): string[] {
    return tokenize(text)
      .map(processTerm)
      .filter((t): t is string => !!t);
  }

  const index: LocalSearchIndex = {
    add(article) {
      index.update(article);
    },
    update(article) {
      index.remove(article.id);
      const doc = toDoc(article);
      shortFields.add(doc);
      bodies.add(doc);
    },
    remove(id) {
      // discard() is lazy: it marks the document and cleans up in the background (auto vacuum).
      if (shortFields.has(id)) shortFields.discard(id);
      if (bodies.has(id)) bodies.discard(id);
    },
    search(query, options = {}) {
      let combined: Map<string, number> | null = null;
      for (const term of queryTerms(query)) {
        const scores = new Map<string, number>();
        addScores(scores, shortFields.search(term));
        addScores(scores, bodies.search(term));
        if (combined === null) {
          combined = scores;
        } else {
          const both = new Map<string, number>();
          for (const [id, score] of scores) {
            const earlier = combined.get(id);
            if (earlier !== undefined) both.set(id, earlier + score);
          }
          combined = both;
        }
        if (combined.size === 0) break;
      }
      if (!combined) return [];
      return [...combined]
        .sort((a, b) => b[1] - a[1])
        .slice(0, options.limit ?? 50)
        .map(([id, score]) => ({ id, score }));
    },
    async buildFrom(articles, options = {}) {
      const every = Math.max(1, options.yieldEvery ?? 200);
      let added = 0;
      for await (const article of articles) {
        index.update(article);
        if (++added % every === 0) await yieldToEventLoop();
      }
      return added;
    },
    count: () => bodies.documentCount,
  };
  return index;
}
