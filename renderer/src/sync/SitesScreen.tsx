import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnencryptedRemoteUrl } from '../../../core/contract/calls/sync';
import type { CallResult, SiteView } from '../../../core/contract/contract';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { formatDate } from '../i18n/setup';
import { useTeamAccount } from '../team/account-store';
import { siteAccountOf } from './site-account';
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
  const team = useTeamAccount();
  const [sites, setSites] = useState<SiteView[] | null>(null);
  const [kind, setKind] = useState<Kind>('reference-site');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [adMarker, setAdMarker] = useState<'comment' | 'advanced-ads'>('comment');
  const [unpublishedAs, setUnpublishedAs] = useState<'draft' | 'private'>('draft');
  const [user, setUser] = useState('');
  const [allowInsecure, setAllowInsecure] = useState(false);
  const [adding, setAdding] = useState(false);
  /** The outcome of "Add site", shown in the form (the other messages sit above the list). */
  const [addMessage, setAddMessage] = useState<Message>(null);
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

  /** Plain http off this machine: the credentials would travel unencrypted (the back end refuses it unless allowed). */
  const insecureUrl = isUnencryptedRemoteUrl(url);

  /** The back end's refusal of plain http has its own text in the UI's language; other errors come as sent. */
  const addFailedText = (error: { message: string; details?: unknown }) => {
    const details = error.details as { reason?: string; kind?: string } | undefined;
    const message = details?.reason === 'insecure_http' ? t(details.kind === 'wordpress' ? 'sync.insecure.refusedWordPress' : 'sync.insecure.refusedSite') : error.message;
    return t('sync.addFailed', { message });
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setAdding(true);
    setAddMessage(null);
    const allowInsecureHttp = insecureUrl && allowInsecure ? { allowInsecureHttp: true } : {};
    const args =
      kind === 'wordpress' ? { kind, url, user, appPassword: token, options: { adMarker, unpublishedAs }, ...allowInsecureHttp } : { kind, url, token, ...allowInsecureHttp };
    const result = await client.call('sites.add', args);
    setAdding(false);
    if (!result.ok) return setAddMessage({ kind: 'error', text: addFailedText(result.error) });
    setUrl('');
    setToken('');
    setUser('');
    setAllowInsecure(false);
    setAddMessage({ kind: 'ok', text: t('sync.added', { url: result.value.url }) });
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
                  {site.insecure ? (
                    <span className="sync-insecure-badge">
                      {t('sync.insecure.badge')}
                      <span className="visually-hidden">{` – ${t('sync.insecure.badgeTitle')}`}</span>
                    </span>
                  ) : null}
                </div>
                <dl className="sync-site-facts">
                  <dt>{t('sync.connection')}</dt>
                  <dd>
                    <span className={`sync-connection conn-${site.connection}`} data-connection={site.connection}>
                      {t(`sync.conn.${site.connection}`)}
                    </span>
                  </dd>
                  <dt>{t('sync.account')}</dt>
                  <dd data-testid="site-account">{siteAccountOf(site, team).name || t('sync.noAccountName')}</dd>
                  <dt>{t('sync.role')}</dt>
                  <dd>
                    {t(`sync.roles.${siteAccountOf(site, team).role}`)}
                    {site.builtIn && team?.demo ? ` · ${t('sync.demoTeam')}` : ''}
                  </dd>
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
            <input
              id="sync-url"
              type="url"
              required
              value={url}
              placeholder="https://www.example.de"
              aria-describedby={insecureUrl ? 'sync-insecure-warning' : undefined}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          {insecureUrl ? (
            <div className="sync-insecure">
              <p id="sync-insecure-warning" className="hint warn">
                {t(kind === 'wordpress' ? 'sync.insecure.warningWordPress' : 'sync.insecure.warningSite')}
              </p>
              <div className="field checkbox">
                <input
                  id="sync-allow-insecure"
                  type="checkbox"
                  checked={allowInsecure}
                  aria-describedby="sync-insecure-warning"
                  onChange={(e) => setAllowInsecure(e.target.checked)}
                />
                <label htmlFor="sync-allow-insecure">{t('sync.insecure.allow')}</label>
              </div>
            </div>
          ) : null}
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
          {addMessage ? (
            <p role={addMessage.kind === 'error' ? 'alert' : 'status'} className={`sync-message ${addMessage.kind}`}>
              {addMessage.text}
            </p>
          ) : null}
        </form>
      </section>
    </div>
  );
}
