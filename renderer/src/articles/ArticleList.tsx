import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../core/article/article';
import type { ListQuery } from '../../../core/contract/contract';
import { formatDate } from '../i18n/setup';
import { SyncBadge } from '../sync/SyncBadge';

interface Props {
  items: ArticleSummary[];
  total: number;
  query: ListQuery;
  tags: Array<{ name: string; count: number }>;
  sections: string[];
  selectedId: string | null;
  onQuery(query: ListQuery): void;
  onSelect(id: string): void;
  onRestore(id: string): void;
}

/** The article list: full-text search, tag and section filters, sort, damaged files flagged. */
export const ArticleList = forwardRef<HTMLInputElement, Props>(function ArticleList(
  { items, total, query, tags, sections, selectedId, onQuery, onSelect, onRestore },
  searchRef,
) {
  const { t, i18n } = useTranslation();
  const filtering = Boolean(query.query || query.tag || query.section);
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
            onChange={(e) => onQuery({ ...query, query: e.target.value || undefined })}
          />
        </div>
        <div className="filters">
          <select aria-label={t('list.filterTag')} value={query.tag ?? ''} onChange={(e) => onQuery({ ...query, tag: e.target.value || undefined })}>
            <option value="">{t('list.allTags')}</option>
            {tags.map((tag) => (
              <option key={tag.name} value={tag.name}>
                {tag.name} ({tag.count})
              </option>
            ))}
          </select>
          <select aria-label={t('list.filterSection')} value={query.section ?? ''} onChange={(e) => onQuery({ ...query, section: e.target.value || undefined })}>
            <option value="">{t('list.allSections')}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <select aria-label={t('list.sort')} value={query.sort ?? 'updated-desc'} onChange={(e) => onQuery({ ...query, sort: e.target.value as ListQuery['sort'] })}>
            <option value="updated-desc">{t('list.sortNewest')}</option>
            <option value="updated-asc">{t('list.sortOldest')}</option>
            {query.query ? <option value="relevance">{t('list.sortRelevance')}</option> : null}
          </select>
        </div>
        <p className="muted list-count" aria-live="polite">
          {t('list.count', { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="empty">{filtering ? t('list.noMatches') : t('list.empty')}</p>
      ) : (
        <ul className="items">
          {items.map((item) =>
            item.damaged ? (
              <li key={item.id} className="item damaged">
                <div className="item-title">⚠ {t('list.damaged')}</div>
                <div className="muted small">{t('list.damagedReason', { reason: item.damaged.reason })}</div>
                {item.damaged.hasBackup ? (
                  <button type="button" onClick={() => onRestore(item.id)}>
                    {t('list.restoreBackup')}
                  </button>
                ) : (
                  <div className="muted small">{t('list.noBackup')}</div>
                )}
              </li>
            ) : (
              <li key={item.id}>
                <button
                  type="button"
                  className={`item${item.id === selectedId ? ' selected' : ''}`}
                  aria-current={item.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(item.id)}
                >
                  <span className="item-meta">
                    {item.section ? <span className="section-label">{item.section}</span> : null}
                    <span className="muted">{formatDate(item.updatedAt, i18n.language)}</span>
                  </span>
                  <span className="item-title">{item.headline || t('list.untitled')}</span>
                  {item.tags.length ? <span className="item-tags muted">{item.tags.join(', ')}</span> : null}
                  <SyncBadge articleId={item.id} />
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </nav>
  );
});
