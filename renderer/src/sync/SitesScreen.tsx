import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult, SiteView } from '../../../core/contract/contract';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { formatDate } from '../i18n/setup';
import { ConflictResolver } from './ConflictResolver';
import { refreshSyncStatus, useSyncStatus } from './sync-status-store';
import './sync.css';

type Kind = 'reference-site' | 'wordpress';
type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The "Sites" screen: the sites articles sync to, "Sync now" with progress, and conflicts. */
export function SitesScreen({ openArticle }: ViewProps) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const status = useSyncStatus(client);
  const [sites, setSites] = useState<SiteView[] | null>(null);
  const [kind, setKind] = useState<Kind>('reference-site');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [adMarker, setAdMarker] = useState<'comment' | 'advanced-ads'>('comment');
  const [unpublishedAs, setUnpublishedAs] = useState<'draft' | 'private'>('draft');
  const [user, setUser] = useState('');
  const [adding, setAdding] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [openConflict, setOpenConflict] = useState<string | null>(null);
  const [headlines, setHeadlines] = useState<Record<string, string>>({});

  const loadSites = useCallback(async () => {
    const result = await client.call('sites.list', {});
    if (result.ok) setSites(result.value);
  }, [client]);

  useEffect(() => {
    void loadSites();
    const timer = setInterval(() => void loadSites(), 3000);
    return () => clearInterval(timer);
  }, [loadSites]);

  const conflicts = status?.conflicts ?? [];
  const conflictKey = conflicts.join(',');
  useEffect(() => {
    if (!conflictKey) return;
    void (async () => {
      const result = await client.call('articles.list', { limit: 500 });
      if (result.ok) setHeadlines(Object.fromEntries(result.value.items.map((a) => [a.id, a.headline])));
    })();
  }, [client, conflictKey]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setAdding(true);
    setMessage(null);
    const args = kind === 'wordpress' ? { kind, url, user, appPassword: token, options: { adMarker, unpublishedAs } } : { kind, url, token };
    const result = await client.call('sites.add', args);
    setAdding(false);
    if (!result.ok) return setMessage({ kind: 'error', text: t('sync.addFailed', { message: result.error.message }) });
    setUrl('');
    setToken('');
    setUser('');
    setMessage({ kind: 'ok', text: t('sync.added', { url: result.value.url }) });
    await loadSites();
    refreshSyncStatus();
  };

  const syncNow = async () => {
    setSyncing(true);
    setMessage(null);
    refreshSyncStatus();
    const result: { ok: true; value: CallResult<'sync.now'> } | { ok: false; error: { message: string } } = await client.call('sync.now', {});
    setSyncing(false);
    refreshSyncStatus();
    await loadSites();
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setMessage({ kind: 'ok', text: t('sync.done', result.value) });
  };

  const remove = async (site: SiteView) => {
    if (!window.confirm(t('sync.confirmRemove', { url: site.url }))) return;
    const result = await client.call('sites.remove', { id: site.id });
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    await loadSites();
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
            <span>{t('sync.progress', progress)}</span>
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
              <li key={site.id} className="sync-site">
                <div className="sync-site-main">
                  <strong>{site.url}</strong>
                  <span className="muted">
                    {t(`sync.kind.${site.kind}`)}
                    {site.builtIn ? ` · ${t('sync.builtIn')}` : ''}
                  </span>
                </div>
                <dl className="sync-site-facts">
                  <dt>{t('sync.connection')}</dt>
                  <dd>
                    <span className={`sync-connection conn-${site.connection}`} data-connection={site.connection}>
                      {t(`sync.conn.${site.connection}`)}
                    </span>
                  </dd>
                  <dt>{t('sync.role')}</dt>
                  <dd>{t(`sync.roles.${site.role}`)}</dd>
                  <dt>{t('sync.lastSync')}</dt>
                  <dd>{site.lastSyncAt ? formatDate(site.lastSyncAt, i18n.language, true) : t('sync.never')}</dd>
                  <dt>{t('sync.queued')}</dt>
                  <dd>{site.queued}</dd>
                </dl>
                {site.lastError ? <p className="sync-error">{site.lastError}</p> : null}
                {site.builtIn ? null : (
                  <button type="button" onClick={() => void remove(site)} aria-label={t('sync.removeSite', { url: site.url })}>
                    {t('sync.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sync-conflicts-heading" className="sync-section">
        <h2 id="sync-conflicts-heading">{t('sync.conflictsHeading')}</h2>
        {conflicts.length === 0 ? (
          <p className="muted">{t('sync.noConflicts')}</p>
        ) : (
          <ul className="sync-conflicts">
            {conflicts.map((id) => (
              <li key={id}>
                <div className="sync-conflict-row">
                  <span>{headlines[id] || t('sync.untitled')}</span>
                  <button type="button" onClick={() => setOpenConflict(openConflict === id ? null : id)} aria-expanded={openConflict === id}>
                    {t('sync.resolve')}
                  </button>
                  <button type="button" onClick={() => openArticle(id)}>
                    {t('sync.openArticle')}
                  </button>
                </div>
                {openConflict === id ? (
                  <ConflictResolver
                    id={id}
                    onDone={(text) => {
                      setOpenConflict(null);
                      setMessage({ kind: 'ok', text });
                      refreshSyncStatus();
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sync-add-heading" className="sync-section">
        <h2 id="sync-add-heading">{t('sync.addHeading')}</h2>
        <form className="sync-add" onSubmit={(e) => void add(e)}>
          <div className="field">
            <label htmlFor="sync-kind">{t('sync.kindLabel')}</label>
            <select id="sync-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="reference-site">{t('sync.kind.reference-site')}</option>
              <option value="wordpress">{t('sync.kind.wordpress')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="sync-url">{t('sync.siteAddress')}</label>
            <input id="sync-url" type="url" required value={url} placeholder="https://www.example.de" onChange={(e) => setUrl(e.target.value)} />
          </div>
          {kind === 'wordpress' ? (
            <div className="field">
              <label htmlFor="sync-user">{t('sync.userName')}</label>
              <input id="sync-user" required value={user} autoComplete="username" onChange={(e) => setUser(e.target.value)} />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="sync-token">{kind === 'wordpress' ? t('sync.appPassword') : t('sync.apiToken')}</label>
            <input id="sync-token" type="password" required value={token} autoComplete="off" onChange={(e) => setToken(e.target.value)} />
          </div>
          {kind === 'wordpress' ? (
            <>
              <div className="field">
                <label htmlFor="sync-ad-marker">{t('sync.wp.adMarker')}</label>
                <select id="sync-ad-marker" value={adMarker} onChange={(e) => setAdMarker(e.target.value as typeof adMarker)}>
                  <option value="comment">{t('sync.wp.adMarkerComment')}</option>
                  <option value="advanced-ads">{t('sync.wp.adMarkerAdvancedAds')}</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="sync-unpublished">{t('sync.wp.unpublishedAs')}</label>
                <select id="sync-unpublished" value={unpublishedAs} onChange={(e) => setUnpublishedAs(e.target.value as typeof unpublishedAs)}>
                  <option value="draft">{t('sync.wp.draft')}</option>
                  <option value="private">{t('sync.wp.private')}</option>
                </select>
              </div>
              <p className="hint">{t('sync.wp.nearFutureHint')}</p>
            </>
          ) : null}
          <button type="submit" className="primary" disabled={adding}>
            {adding ? t('sync.checking') : t('sync.addSite')}
          </button>
        </form>
      </section>
    </div>
  );
}
