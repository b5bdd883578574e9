import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { withSearchText } from './search-sort';
import { STATUSES } from '../../../core/article/primitives';
import type { ListQuery } from '../../../core/contract/contract';
import type { ListRows } from '../app/use-article-list';
import { ArticleRows } from './ArticleRows';

/** Filters in two rows: tag and section halves, then status narrower than the sort (its German label is long). */
const span = (columns: number): React.CSSProperties => ({ gridColumn: `span ${columns}`, minWidth: 0 });

interface Props {
  rows: ListRows;
  total: number;
  /** The total is a lower bound: a search counted that far. */
  more?: boolean;
  query: ListQuery;
  tags: Array<{ name: string; count: number }>;
  sections: string[];
  selectedId: string | null;
  onQuery(query: ListQuery): void;
  onSelect(id: string): void;
  onRestore(id: string): void;
}

/** The article list: full-text search, tag, section and status filters, sort (all run in the back end), paged rows. */
export const ArticleList = forwardRef<HTMLInputElement, Props>(function ArticleList(
  { rows, total, more = false, query, tags, sections, selectedId, onQuery, onSelect, onRestore },
  searchRef,
) {
  const { t } = useTranslation();
  const filtering = Boolean(query.query || query.tag || query.section || query.status);
  const index = rows.searchIndex;
  return (
    <nav className="article-list" aria-label={t('list.title')}>
      <div className="list-controls">
        <div className="field">
          <label htmlFor="list-search" className="visually-hidden">
            {t('list.search')}
          </label>
          <input
            id="list-search"
            ref={searchRef}
            type="search"
            aria-label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            value={query.query ?? ''}
            onChange={(e) => onQuery(withSearchText(query, e.target.value))}
          />
        </div>
        <div className="filters" style={{ gridTemplateColumns: 'repeat(10, 1fr)' }}>
          <select style={span(5)} aria-label={t('list.filterTag')} value={query.tag ?? ''} onChange={(e) => onQuery({ ...query, tag: e.target.value || undefined })}>
            <option value="">{t('list.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag.name} value={tag.name}>
                {tag.name} ({tag.count})
              </option>
            ))}
          </select>
          <select style={span(5)} aria-label={t('list.filterSection')} value={query.section ?? ''} onChange={(e) => onQuery({ ...query, section: e.target.value || undefined })}>
            <option value="">{t('list.allSections')}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select style={span(4)} aria-label={t('articleList.filterStatus')} value={query.status ?? ''} onChange={(e) => onQuery({ ...query, status: (e.target.value || undefined) as ListQuery['status'] })}>
            <option value="">{t('articleList.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`articleList.status.${s}`)}
              </option>
            ))}
          </select>
          <select style={span(6)} aria-label={t('list.sort')} value={query.sort ?? 'updated-desc'} onChange={(e) => onQuery({ ...query, sort: e.target.value as ListQuery['sort'] })}>
            <option value="updated-desc">{t('list.sortNewest')}</option>
            <option value="updated-asc">{t('list.sortOldest')}</option>
            {query.query ? <option value="relevance">{t('list.sortRelevance')}</option> : null}
          </select>
        </div>
        <p className="muted list-count" aria-live="polite">
          {more ? t('list.countMore', { count: total }) : t('list.count', { count: total })}
        </p>
        {index && index.state !== 'ready' ? (
          <p className="muted small list-index-state" role="status" style={{ margin: 0 }}>
            {index.state === 'rebuilding' ? t('articleList.rebuilding', { done: index.done, total: index.total }) : t('articleList.unavailable')}
          </p>
        ) : null}
      </div>
      {total === 0 ? (
        <p className="empty">{filtering ? t('list.noMatches') : t('list.empty')}</p>
      ) : (
        <ArticleRows
          rows={rows}
          total={total}
          searching={Boolean(query.query)}
          resetKey={JSON.stringify(query)}
          selectedId={selectedId}
          onSelect={onSelect}
          onRestore={onRestore}
        />
      )}
    </nav>
  );
});
