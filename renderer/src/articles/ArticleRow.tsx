import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../core/article/article';
import type { ListMatch } from '../../../core/contract/contract';
import { formatDate } from '../i18n/setup';
import { SyncBadge } from '../sync/SyncBadge';
import { MarkedText } from './MarkedText';

interface Props {
  item: ArticleSummary;
  match: ListMatch | undefined;
  selected: boolean;
  onSelect(id: string): void;
  onRestore(id: string): void;
}

/** At most `lines` lines of `lineHeight`: rows have one fixed height (see ArticleRows). */
const clamp = (lines: number, lineHeight = 1.3): React.CSSProperties =>
  lines === 1
    ? { display: 'block', flexShrink: 0, maxWidth: '100%', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }
    : { display: 'block', flexShrink: 0, maxWidth: '100%', lineHeight, maxHeight: `${lines * lineHeight}em`, overflow: 'hidden' };

/** A column that never squeezes one line over another; what does not fit is cut at the bottom. */
const ROW_BOX: React.CSSProperties = { height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2 };

/** One row of the article list: section, date, headline (search words marked), snippet, tags; or a damaged file. */
export function ArticleRow({ item, match, selected, onSelect, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  if (item.damaged) {
    return (
      <div className="item damaged" style={ROW_BOX}>
        <div className="item-title">⚠ {t('list.damaged')}</div>
        <div className="muted small" style={clamp(1)}>{t('list.damagedReason', { reason: item.damaged.reason })}</div>
        {item.damaged.hasBackup ? (
          <button type="button" onClick={() => onRestore(item.id)}>
            {t('list.restoreBackup')}
          </button>
        ) : (
          <div className="muted small">{t('list.noBackup')}</div>
        )}
      </div>
    );
  }
  return (
    <button type="button" className={`item${selected ? ' selected' : ''}`} style={ROW_BOX} aria-current={selected ? 'true' : undefined} onClick={() => onSelect(item.id)}>
      <span className="item-meta" style={{ flexShrink: 0 }}>
        {item.section ? <span className="section-label">{item.section}</span> : null}
        <span className="muted">{formatDate(item.updatedAt, i18n.language)}</span>
        {item.status !== 'draft' ? <span className="muted">· {t(`articleList.status.${item.status}`)}</span> : null}
      </span>
      <span className="item-title" style={clamp(2)}>
        {item.headline ? <MarkedText text={item.headline} ranges={match?.headline ?? []} /> : t('list.untitled')}
      </span>
      {match?.snippet ? (
        <span className="item-snippet muted small" style={clamp(2, 1.4)}>
          <MarkedText {...match.snippet} />
        </span>
      ) : null}
      {item.tags.length ? <span className="item-tags muted" style={clamp(1)}>{item.tags.join(', ')}</span> : null}
      <SyncBadge articleId={item.id} />
    </button>
  );
}
