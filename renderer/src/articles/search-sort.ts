import type { ListQuery } from '../../../core/contract/contract';

/**
 * The list query after the search box changed: a search starts sorted best match first (headline
 * matches first, newest first within each), as in a mail client, unless another date order was
 * chosen; clearing it returns to the date order, where "best match" has no meaning.
 */
export function withSearchText(query: ListQuery, text: string): ListQuery {
  const next: ListQuery = { ...query, query: text || undefined };
  const sort = query.sort ?? 'updated-desc';
  if (!query.query && text && sort === 'updated-desc') next.sort = 'relevance';
  if (!text && sort === 'relevance') next.sort = 'updated-desc';
  return next;
}
