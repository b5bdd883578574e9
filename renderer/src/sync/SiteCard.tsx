import { useTranslation } from 'react-i18next';
import type { SiteView } from '../../../core/contract/contract';
import { formatInZone } from '../../../core/time/format';
import { useTeamAccount } from '../team/account-store';
import { useUiLang } from '../workflow/localized';
import { siteAccountOf } from './site-account';
import { SiteFailures } from './SiteFailures';

interface Props {
  site: SiteView;
  headlines: Record<string, string>;
  timeZone: string;
  retrying: boolean;
  onRetry(): void;
  onRemove(): void;
}

/** One site: address, connection, account, last sync, what waits and why, Retry and Remove. */
export function SiteCard({ site, headlines, timeZone, retrying, onRetry, onRemove }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const team = useTeamAccount();
  const account = siteAccountOf(site, team);
  return (
    <li className="sync-site">
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
        <dd data-testid="site-account">{account.name || t('sync.noAccountName')}</dd>
        <dt>{t('sync.role')}</dt>
        <dd>
          {t(`sync.roles.${account.role}`)}
          {site.builtIn && team?.demo ? ` · ${t('sync.demoTeam')}` : ''}
        </dd>
        <dt>{t('sync.lastSync')}</dt>
        <dd data-testid="site-last-sync">{site.lastSyncAt ? formatInZone(site.lastSyncAt, timeZone, lang, 'dateTime') : t('sync.never')}</dd>
        <dt>{t('sync.queued')}</dt>
        <dd>{site.queued}</dd>
      </dl>
      <SiteFailures site={site} headlines={headlines} timeZone={timeZone} retrying={retrying} onRetry={onRetry} />
      {site.builtIn ? null : (
        <button type="button" onClick={onRemove} aria-label={t('sync.removeSite', { url: site.url })}>
          {t('sync.remove')}
        </button>
      )}
    </li>
  );
}
