import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../core/contract/calls/team';
import { formatInZone } from '../../../core/time/format';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';
import { useUiLang } from '../workflow/localized';
import { markInboxRead, useInbox } from './inbox-store';
import './team.css';

/** What happened to the articles this person works on: newest first, unread ones marked. */
export function InboxScreen({ openArticle }: ViewProps) {
  const { t } = useTranslation();
  const client = useClient();
  const inbox = useInbox(client);
  const [error, setError] = useState<string | null>(null);
  const markRead = async (ids?: string[]) => setError(await markInboxRead(client, ids));
  const open = (item: InboxItem) => {
    if (!item.read) void markRead([item.id]);
    openArticle(item.articleId);
  };
  return (
    <div className="inbox-screen">
      <div className="screen-head">
        <h1>{t('team.inbox.title')}</h1>
        <span className="muted" aria-live="polite">
          {t('team.inbox.unreadCount', { count: inbox.unread })}
        </span>
        <button type="button" disabled={inbox.unread === 0} onClick={() => void markRead()}>
          {t('team.inbox.markAllRead')}
        </button>
      </div>
      {error || inbox.error ? (
        <p role="alert" className="error-text">
          {error ?? inbox.error}
        </p>
      ) : null}
      {inbox.items.length === 0 ? <p className="muted">{t('team.inbox.empty')}</p> : null}
      <ul className="inbox-list" aria-label={t('team.inbox.listLabel')}>
        {inbox.items.map((item) => (
          <InboxRow key={item.id} item={item} onOpen={() => open(item)} onMarkRead={() => void markRead([item.id])} />
        ))}
      </ul>
    </div>
  );
}

/** One notification: what happened, by whom, on which article, when. */
function InboxRow({ item, onOpen, onMarkRead }: { item: InboxItem; onOpen(): void; onMarkRead(): void }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const headline = item.headline || t('workflow.untitled');
  return (
    <li className={`inbox-item kind-${item.kind} ${item.read ? 'is-read' : 'is-unread'}`} data-kind={item.kind}>
      <span className="inbox-dot" aria-hidden="true" />
      <div className="inbox-body">
        <p className="inbox-text">
          {item.read ? null : <span className="visually-hidden">{t('team.inbox.unreadLabel')}: </span>}
          {item.text[lang]}
        </p>
        <p className="inbox-meta">
          <span className={`inbox-kind kind-${item.kind}`}>{t(`team.inbox.kind.${item.kind}`)}</span>
          <span className="muted small">
            {item.actorName} · <time dateTime={item.at}>{formatInZone(item.at, zone, lang, 'dateTime')}</time> ·
          </span>
          <button type="button" className="link-button inbox-headline" onClick={onOpen}>
            {headline}
          </button>
        </p>
      </div>
      {item.read ? null : (
        <button type="button" className="small-button" onClick={onMarkRead}>
          {t('team.inbox.markRead')}
          <span className="visually-hidden">: {headline}</span>
        </button>
      )}
    </li>
  );
}
