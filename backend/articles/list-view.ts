import type { ArticleSummary } from '../../core/article/article';
import type { ListMatch } from '../../core/contract/contract';
import { bodyPlainText } from '../../core/text/body-text';
import type { QueryTerm } from './search/german-terms';
import { markMatches, snippetOf } from './search/text-match';
import type { ArticleStore } from './store/article-store';
import { newestFirst } from './store/article-summary';

/** Most body snippets cut per page (about a screenful): each reads an article file. */
const BODY_SNIPPETS = 15;

/**
 * The store's summaries by id and newest first, worked out once per change of the store rather
 * than per page request (sorting 100,000 summaries costs more than the page it serves).
 */
export function createListView(store: ArticleStore) {
  let version = 0;
  let cached: { version: number; newest: ArticleSummary[]; oldest?: ArticleSummary[] } | null = null;
  store.onChange(() => void version++);

  function current() {
    if (cached?.version === version) return cached;
    // The store lists in the summaries cache's order, newest first (see StoreIndex.flush), so this sort mostly finds one run.
    const newest = [...store.list()].sort(newestFirst);
    cached = { version, newest };
    return cached;
  }

  return {
    newestFirst: (): readonly ArticleSummary[] => current().newest,
    oldestFirst: (): readonly ArticleSummary[] => {
      const c = current();
      return (c.oldest ??= [...c.newest].reverse());
    },
  };
}

/**
 * What matched in each listed article: marked headline words and a snippet of the teaser, or of
 * the body when only the body matched (read from the article file, the index holds no text).
 */
export async function pageMatches(store: ArticleStore, terms: QueryTerm[], items: ArticleSummary[]): Promise<ListMatch[]> {
  return Promise.all(
    items.map(async (item, i): Promise<ListMatch> => {
      const headline = markMatches(item.headline, terms);
      let snippet = snippetOf(item.teaser, terms);
      // A marked headline says why the article is listed; otherwise the body shows where.
      if (!snippet && headline.length === 0 && !item.damaged && i < BODY_SNIPPETS) {
        const article = await store.get(item.id).catch(() => null);
        if (article) snippet = snippetOf(bodyPlainText(article.body), terms, 160, true);
      }
      return { id: item.id, headline, snippet };
    }),
  );
}
