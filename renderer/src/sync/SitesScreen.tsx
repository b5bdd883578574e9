import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, SiteView } from '../../../core/contract/contract';
import { DEFAULT_SITE_TIME_ZONE } from '../../../core/time/zone';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';
import { AddSiteForm } from './AddSiteForm';
import { ConflictsSection } from './ConflictsSection';
import { SiteCard } from './SiteCard';
import { refreshSyncStatus, useSyncStatus } from './sync-status-store';
import { useHeadlines, useSites } from './use-sites';
import './sync.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;
type SyncAnswer = { ok: true; value: CallResult<'sync.now'> } | { ok: false; error: { message: string } };

/** The "Sites" screen: the sites articles sync to, "Sync now" with progress, what failed and why, and conflicts. */
export function SitesScreen({ openArticle }: ViewProps) {
  const { t } = useTranslation();
  const client = useClient();
  const status = useSyncStatus(client);
  const timeZone = useSettings()?.siteTimeZone ?? DEFAULT_SITE_TIME_ZONE;
  const { sites, reload } = useSites(client);
  const [syncing, setSyncing] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const conflicts = status?.conflicts ?? [];
  const failedIds = (sites ?? []).flatMap((s) => (s.failures ?? []).map((f) => f.articleId).filter((id): id is string => !!id));
  const headlines = useHeadlines(client, [...conflicts, ...failedIds]);

  /** "Sync now", and Retry on a failed site: a round now, with every queued article retried at once. */
  const syncNow = async () => {
    setSyncing(true);
    setMessage(null);
    refreshSyncStatus();
    const result: SyncAnswer = await client.call('sync.now', {});
    setSyncing(false);
    refreshSyncStatus();
    await reload();
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setMessage({ kind: result.value.failed > 0 ? 'error' : 'ok', text: t('sync.done', result.value) });
  };

  const remove = async (site: SiteView) => {
    if (!window.confirm(t('sync.confirmRemove', { url: site.url }))) return;
    const result = await client.call('sites.remove', { id: site.id });
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    await reload();
    refreshSyncStatus();
  };

  const progress = status?.running && status.progress.total > 0 ? status.progress : null;

  return (
    <div className="sync-screen">
      <h1>{t('sync.title')}</h1>
      <p className="muted">{t('sync.intro')}</p>

      <section aria-labelledby="sync-sites-heading" className="sync-section">
        <div className="sync-toolbar">
          <h2 id="sync-sites-heading">{t('sync.sitesHeading')}</h2>
          <button type="button" className="primary" onClick={() => void syncNow()} disabled={syncing || !sites?.length}>
            {syncing ? t('sync.syncing') : t('sync.syncNow')}
          </button>
        </div>
        {progress ? (
          <div className="sync-progress">
            <progress max={progress.total} value={progress.done} aria-label={t('sync.progressLabel')} />
            <span>{t(progress.phase === 'receiving' ? 'syncJoining.progress' : 'sync.progress', progress)}</span>
          </div>
        ) : null}
        {message ? (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={`sync-message ${message.kind}`}>
            {message.text}
          </p>
        ) : null}
        {sites === null ? null : sites.length === 0 ? (
          <p className="muted">{t('sync.noSites')}</p>
        ) : (
          <ul className="sync-sites">
            {sites.map((site) => (
              <SiteCard key={site.id} site={site} headlines={headlines} timeZone={timeZone} retrying={syncing} onRetry={() => void syncNow()} onRemove={() => void remove(site)} />
            ))}
          </ul>
        )}
      </section>

      <ConflictsSection conflicts={conflicts} headlines={headlines} openArticle={openArticle} onResolved={(text) => (setMessage({ kind: 'ok', text }), refreshSyncStatus())} />
      <AddSiteForm onAdded={reload} />
    </div>
  );
}
