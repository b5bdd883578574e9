import MiniSearch, { type Query } from 'minisearch';
import type { Article } from '../../../core/article/article';
import { bodyPlainText } from '../../../core/text/body-text';

/** One search result: the article id and its relevance (higher is better). */
export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  /** Most results to return (default 50). */
  limit?: number;
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
  /** Adds every article, yielding to the event loop every `yieldEvery` articles; resolves to the count added. */
  buildFrom(articles: Iterable<Article> | AsyncIterable<Article>, options?: { yieldEvery?: number }): Promise<number>;
  /** Number of articles in the index. */
  count(): number;
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

const FIELDS = ['headline', 'teaser', 'tags', 'body', 'author', 'section'] as const;
/** Fields short enough that prefix matching in them stays cheap at 10,000 articles. */
const SHORT_FIELDS = ['headline', 'teaser', 'tags', 'author', 'section'];
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

/**
 * A MiniSearch index: headline weighs 3, teaser and tags 2, body, author and section 1. Every
 * query word must match; words of 3+ letters also match as prefixes of headline, teaser, tag,
 * author and section words ("Haus" finds "Haushalt"); words of 5+ letters forgive one typo.
 */
export function createSearchIndex(): LocalSearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
  });

  /**
   * Every word must match (AND). A word matches exactly or with one typo anywhere, and as a
   * prefix only in the short fields: a prefix such as "bund" expands to thousands of body terms
   * across 10,000 articles, which would make one search cost hundreds of milliseconds.
   */
  function queryFor(text: string): Query | null {
    const terms = tokenize(text)
      .map(processTerm)
      .filter((t): t is string => !!t);
    if (terms.length === 0) return null;
    return {
      combineWith: 'AND',
      queries: terms.map((term) => ({
        combineWith: 'OR',
        queries: [
          { queries: [term], fields: ['body'], prefix: false, fuzzy: fuzzyFor(term) },
          { queries: [term], fields: SHORT_FIELDS, boost: BOOST, prefix: term.length >= 3, fuzzy: fuzzyFor(term) },
        ],
      })),
    };
  }

  const index: LocalSearchIndex = {
    add(article) {
      index.update(article);
    },
    update(article) {
      if (mini.has(article.id)) mini.discard(article.id);
      mini.add(toDoc(article));
    },
    remove(id) {
      if (mini.has(id)) mini.discard(id);
    },
    search(query, options = {}) {
      const spec = queryFor(query);
      if (!spec) return [];
      return mini
        .search(spec)
        .slice(0, options.limit ?? 50)
        .map((r) => ({ id: String(r.id), score: r.score }));
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
    count: () => mini.documentCount,
  };
  return index;
}
