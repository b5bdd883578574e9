import { useTranslation } from 'react-i18next';
import type { SiteView } from '../../../core/contract/contract';
import { formatInZone } from '../../../core/time/format';
import { useUiLang } from '../workflow/localized';
import { failureLeadKey } from './failure-text';

interface Props {
  site: SiteView;
  headlines: Record<string, string>;
  timeZone: string;
  retrying: boolean;
  onRetry(): void;
}

/**
 * Why a site's sync failed, in plain words, per article, with a Retry that runs a round now.
 * The site's or the network's own message follows as the detail (in English, as sent); a
 * reason that is the site's own (it could not be reached) is said once, above the articles.
 */
export function SiteFailures({ site, headlines, timeZone, retrying, onRetry }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const failures = site.failures ?? [];
  if (failures.length === 0 && !site.lastError) return null;
  const headingId = `sync-failures-${site.id}`;
  // Today's next try by its time only ("16:48"), a later one with its date.
  const when = (iso: string) => formatInZone(iso, timeZone, lang, formatInZone(iso, timeZone, lang, 'date') === formatInZone(Date.now(), timeZone, lang, 'date') ? 'time' : 'dateTime');

  return (
    <div className="sync-failures" role="group" aria-labelledby={headingId}>
      <div className="sync-failures-head">
        <strong id={headingId}>{failures.length > 0 ? t('sync.failure.heading', { count: failures.length }) : t('sync.failure.siteHeading')}</strong>
        <button type="button" className="primary" onClick={onRetry} disabled={retrying} aria-describedby={headingId}>
          {retrying ? t('sync.syncing') : t('sync.failure.retry')}
        </button>
      </div>
      {site.lastError ? (
        <p className="sync-error">
          {t(`sync.failure.lead.${site.connection === 'auth_failed' ? 'auth' : site.connection === 'forbidden' ? 'forbidden' : 'offline'}`)}{' '}
          <span className="sync-failure-detail" lang="en">
            {site.lastError}
          </span>
        </p>
      ) : null}
      {failures.length > 0 ? (
        <ul className="sync-failure-list">
          {failures.map((f, i) => (
            <li key={f.articleId ?? `op-${i}`}>
              <span className="sync-failure-title">{f.articleId ? headlines[f.articleId] || t('sync.untitled') : t('sync.failure.teamOp')}</span>
              {f.reason === site.lastError ? null : (
                <>
                  <span>{t(failureLeadKey(site.connection, f))}</span>
                  <span className="sync-failure-detail" lang="en">
                    {f.reason}
                  </span>
                </>
              )}
              <span className="muted small">{f.nextAttemptAt ? t('sync.failure.nextTry', { when: when(f.nextAttemptAt) }) : t('sync.failure.noAutoRetry')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
