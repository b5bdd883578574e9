import MiniSearch from 'minisearch';
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

/** Case-folds in German; drops stop words. */
function processTerm(term: string): string | null {
  const folded = term.toLocaleLowerCase('de');
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
 * query word must match (AND); words of 3+ letters also match as prefixes ("Haus" finds
 * "Haushalt"), words of 5+ letters forgive one typo.
 */
export function createSearchIndex(): LocalSearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { headline: 3, teaser: 2, tags: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: 'AND',
    },
  });

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
      if (!query.trim()) return [];
      return mini
        .search(query)
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
