import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnencryptedRemoteUrl } from '../../../core/contract/calls/sync';
import { useClient } from '../client/context';
import { refreshSyncStatus } from './sync-status-store';
import { WordPressOptionsFields, type AdMarker, type UnpublishedAs } from './WordPressOptionsFields';

type Kind = 'reference-site' | 'wordpress';
type Message = { kind: 'ok' | 'error'; text: string } | null;

/** "Add site": the address and credentials, checked against the site before they are stored. */
export function AddSiteForm({ onAdded }: { onAdded(): Promise<void> }) {
  const { t } = useTranslation();
  const client = useClient();
  const [kind, setKind] = useState<Kind>('reference-site');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [adMarker, setAdMarker] = useState<AdMarker>('comment');
  const [unpublishedAs, setUnpublishedAs] = useState<UnpublishedAs>('draft');
  const [user, setUser] = useState('');
  const [allowInsecure, setAllowInsecure] = useState(false);
  const [adding, setAdding] = useState(false);
  const [addMessage, setAddMessage] = useState<Message>(null);

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
    await onAdded();
    refreshSyncStatus();
  };

  return (
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
        {kind === 'wordpress' ? <WordPressOptionsFields adMarker={adMarker} unpublishedAs={unpublishedAs} onAdMarker={setAdMarker} onUnpublishedAs={setUnpublishedAs} /> : null}
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
  );
}
