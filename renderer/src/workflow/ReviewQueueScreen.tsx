import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../core/contract/calls/workflow';
import { formatInZone } from '../../../core/time/format';
import { STATUS_LABELS } from '../../../core/workflow/labels';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';
import { useActing } from '../team/account-store';
import { useUiLang } from './localized';
import './workflow.css';

/** Articles waiting for review (oldest first) and the profile's own drafts. */
export function ReviewQueueScreen({ openArticle }: ViewProps) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const settings = useSettings();
  const acting = useActing();
  const [queues, setQueues] = useState<{ review: QueueItem[]; myDrafts: QueueItem[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void client.call('workflow.queues', {}).then((r) => (r.ok ? setQueues(r.value) : setError(r.error.message)));
  }, [client, acting?.name]);

  const zone = settings?.siteTimeZone ?? 'Europe/Berlin';
  const table = (items: QueueItem[], sinceLabel: string, caption: string, empty: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <table className="queue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workflow.queue.headline')}</th>
            <th scope="col">{t('workflow.queue.section')}</th>
            <th scope="col">{t('workflow.queue.author')}</th>
            <th scope="col">{t('workflow.queue.status')}</th>
            <th scope="col">{sinceLabel}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <button type="button" className="link-button queue-open" onClick={() => openArticle(item.id)}>
                  {item.headline || t('workflow.untitled')}
                </button>
              </td>
              <td>{item.section}</td>
              <td>{item.author}</td>
              <td>
                <span className={`status-badge status-${item.status}`}>{STATUS_LABELS[item.status][lang]}</span>
              </td>
              <td>{formatInZone(item.since, zone, lang, 'dateTime')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <div className="queue-screen">
      <h1>{t('workflow.queue.title')}</h1>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <section aria-labelledby="queue-review">
        <h2 id="queue-review">
          {t('workflow.queue.inReview')} <span className="count-badge">{queues?.review.length ?? 0}</span>
        </h2>
        {queues ? table(queues.review, t('workflow.queue.submitted'), t('workflow.queue.inReview'), t('workflow.queue.emptyReview')) : null}
      </section>
      <section aria-labelledby="queue-mine">
        <h2 id="queue-mine">
          {t('workflow.queue.myDrafts')} <span className="count-badge">{queues?.myDrafts.length ?? 0}</span>
        </h2>
        {acting && !acting.name.trim() ? (
          <p className="muted">{t('workflow.queue.noName')}</p>
        ) : queues ? (
          table(queues.myDrafts, t('workflow.queue.updated'), t('workflow.queue.myDrafts'), t('workflow.queue.emptyMine', { name: acting?.name ?? '' }))
        ) : null}
      </section>
    </div>
  );
}
