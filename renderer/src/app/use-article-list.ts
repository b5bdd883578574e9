import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../core/article/article';
import type { ListMatch, ListPage, ListQuery, SearchIndexStatus } from '../../../core/contract/contract';
import type { Client } from '../client/client';

/** Rows fetched per call: a few screens. */
export const LIST_PAGE = 100;

/** The list as the back end pages it: a row by position once its page has arrived. */
export interface ListRows {
  at(index: number): ArticleSummary | undefined;
  match(id: string): ListMatch | undefined;
  /** Asks for the rows [start, end) (the visible window); missing pages are fetched. */
  want(start: number, end: number): void;
  searchIndex: SearchIndexStatus | undefined;
}

const pagesOf = (start: number, end: number) => {
  const pages: number[] = [];
  for (let p = Math.floor(start / LIST_PAGE); p * LIST_PAGE < Math.max(end, start + 1); p++) pages.push(p);
  return pages;
};

/** A search's count grows as the list scrolls: the back end counts a bounded stretch past each page. */
const countOf = (page: ListPage) => ({ total: page.total, more: page.more === true });

/** The list, its filters and the tag/section facets; pages fetched as the list scrolls, refreshed after saves. */
export function useArticleList(client: Client, onError: (message: string) => void) {
  const [query, setQuery] = useState<ListQuery>({ sort: 'updated-desc' });
  const [pages, setPages] = useState<Map<number, ListPage>>(new Map());
  const [count, setCount] = useState<{ total: number; more: boolean }>({ total: 0, more: false });
  const [tags, setTags] = useState<Array<{ name: string; count: number }>>([]);
  const [sections, setSections] = useState<string[]>([]);
  const seq = useRef(0);
  const wanted = useRef<number[]>([0]);
  const asked = useRef(new Set<number>());
  // A ref, so that a caller's new function each render does not start the list anew.
  const reportError = useRef(onError);
  reportError.current = onError;

  // The query in force, read when a page is fetched: a refresh held by an older render (a sync
  // event's handler) asks for what the list shows now, not for the query of its day.
  const current = useRef(query);
  current.current = query;
  const fetchPage = useCallback(
    (page: number) => client.call('articles.list', { ...current.current, offset: page * LIST_PAGE, limit: LIST_PAGE }),
    [client],
  );

  /** Fetches the pages in view again (after a save or a new query) and replaces what is shown at once. */
  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const visible = wanted.current;
    const [tagList, sectionList, ...results] = await Promise.all([client.call('tags.list', {}), client.call('sections.list', {}), ...visible.map(fetchPage)]);
    if (mine !== seq.current) return; // a newer query answered already
    const next = new Map<number, ListPage>();
    results.forEach((r, i) => (r.ok ? next.set(visible[i]!, r.value) : reportError.current(r.error.message)));
    asked.current = new Set(next.keys());
    setPages(next);
    const first = results.find((r) => r.ok);
    if (first?.ok) setCount(countOf(first.value));
    if (tagList.ok) setTags(tagList.value);
    if (sectionList.ok) setSections(sectionList.value);
  }, [client, fetchPage]);

  const want = useCallback(
    (start: number, end: number) => {
      wanted.current = pagesOf(start, end);
      for (const page of wanted.current) {
        if (asked.current.has(page)) continue;
        asked.current.add(page);
        const mine = seq.current;
        void fetchPage(page).then((r) => {
          if (mine !== seq.current) return;
          if (!r.ok) return reportError.current(r.error.message);
          setPages((prev) => new Map(prev).set(page, r.value));
          setCount(countOf(r.value));
        });
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    const timer = setTimeout(() => void refresh(), query.query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [refresh, query]);

  const searchIndex = pages.get(Math.min(...pages.keys()))?.searchIndex;
  // While the index is rebuilt the list says how far it is: ask again every second.
  useEffect(() => {
    if (searchIndex?.state !== 'rebuilding') return;
    const timer = setTimeout(() => void refresh(), 1000);
    return () => clearTimeout(timer);
  }, [searchIndex, refresh]);

  const rows = useMemo<ListRows>(() => {
    const matches = new Map<string, ListMatch>();
    for (const page of pages.values()) for (const m of page.matches ?? []) matches.set(m.id, m);
    return {
      at: (i) => pages.get(Math.floor(i / LIST_PAGE))?.items[i % LIST_PAGE],
      match: (id) => matches.get(id),
      want,
      searchIndex,
    };
  }, [pages, want, searchIndex]);

  /** A new query starts at the top: only its first page is wanted. */
  const changeQuery = useCallback((next: ListQuery) => {
    wanted.current = [0];
    setQuery(next);
  }, []);

  return { query, setQuery: changeQuery, rows, total: count.total, more: count.more, tags, sections, refresh };
}
