import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../core/article/article';
import type { ListQuery } from '../../../core/contract/contract';
import type { Client } from '../client/client';

/** The list, its filters and the tag/section facets, refreshed after saves (debounced while typing a query). */
export function useArticleList(client: Client, onError: (message: string) => void) {
  const [query, setQuery] = useState<ListQuery>({ sort: 'updated-desc' });
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [tags, setTags] = useState<Array<{ name: string; count: number }>>([]);
  const [sections, setSections] = useState<string[]>([]);
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const [list, tagList, sectionList] = await Promise.all([
      client.call('articles.list', { ...query, limit: 500 }),
      client.call('tags.list', {}),
      client.call('sections.list', {}),
    ]);
    if (mine !== seq.current) return; // a newer query answered already
    if (list.ok) {
      setItems(list.value.items);
      setTotal(list.value.total);
    } else onError(list.error.message);
    if (tagList.ok) setTags(tagList.value);
    if (sectionList.ok) setSections(sectionList.value);
  }, [client, query, onError]);

  useEffect(() => {
    const timer = setTimeout(() => void refresh(), query.query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [refresh, query.query]);

  return { query, setQuery, items, total, tags, sections, refresh };
}
