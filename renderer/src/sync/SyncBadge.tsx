import { useTranslation } from 'react-i18next';
import { PUBLISHED_EARLY_NOTE } from '../../../core/sync/sync-target';
import { useClient } from '../client/context';
import { useSyncStatus } from './sync-status-store';
import './sync.css';

/** The sync state of one article in the list ("Synced", "Pending", "Conflict", "Failed: …"). */
export function SyncBadge({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const status = useSyncStatus(useClient());
  const entry = status?.articles[articleId];
  if (!entry) return null;
  const early = entry.state === 'synced' && entry.reason === PUBLISHED_EARLY_NOTE;
  const label =
    entry.state === 'failed'
      ? t('sync.badge.failed', { reason: entry.reason ?? t('sync.unknownReason') })
      : early
        ? `${t('sync.badge.synced')} · ${t('sync.wp.publishedEarlyShort')}`
        : t(`sync.badge.${entry.state}`);
  return (
    <span className={`sync-badge sync-${entry.state}`} data-sync-state={entry.state} title={early ? t('sync.wp.publishedEarly') : (entry.reason ?? undefined)}>
      {label}
    </span>
  );
}
