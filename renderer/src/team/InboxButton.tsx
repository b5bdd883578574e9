import { useTranslation } from 'react-i18next';
import { useClient } from '../client/context';
import { useInbox } from './inbox-store';

interface Props {
  active: boolean;
  onOpen(): void;
}

/** The bell in the app header: opens the Inbox and shows how many notifications are unread. */
export function InboxButton({ active, onOpen }: Props) {
  const { t } = useTranslation();
  const { unread } = useInbox(useClient());
  return (
    <button
      type="button"
      className={`inbox-button ${unread > 0 ? 'has-unread' : ''}`}
      aria-current={active ? 'page' : undefined}
      title={t('team.inbox.title')}
      onClick={onOpen}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="inbox-label">{t('team.inbox.title')}</span>
      {unread > 0 ? (
        <>
          <span className="unread-count">{unread > 99 ? '99+' : unread}</span>
          <span className="visually-hidden"> {t('team.inbox.unread')}</span>
        </>
      ) : null}
    </button>
  );
}
