import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../core/contract/contract';
import { formatInZone } from '../../../core/time/format';
import type { ViewProps } from '../app/view-props';
import { useClient } from '../client/context';
import { useSettings } from '../settings/profile-store';
import { useUiLang } from '../workflow/localized';
import './team.css';

type TrashItem = CallResult<'articles.trash'>[number];
type Message = { kind: 'ok' | 'error'; text: string; restoredId?: string } | null;

/** Deleted articles, newest first, each with "Restore" (here and, when synced, on the site). */
export function TrashScreen({ openArticle, onArticlesChanged }: ViewProps) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const zone = useSettings()?.siteTimeZone ?? 'Europe/Berlin';
  const [items, setItems] = useState<TrashItem[] | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await client.call('articles.trash', {});
    if (result.ok) setItems(result.value);
    else setMessage({ kind: 'error', text: result.error.message });
  }, [client]);
  useEffect(() => void load(), [load]);

  const restore = async (item: TrashItem) => {
    setBusy(item.id);
    const result = await client.call('articles.restore', { id: item.id });
    setBusy(null);
    const headline = item.headline || t('workflow.untitled');
    if (!result.ok) return setMessage({ kind: 'error', text: t('team.trash.restoreFailed', { headline, message: result.error.message }) });
    setMessage({ kind: 'ok', text: t('team.trash.restored', { headline }), restoredId: item.id });
    onArticlesChanged?.();
    await load();
  };

  return (
    <div className="trash-screen">
      <div className="screen-head">
        <h1>{t('team.trash.title')}</h1>
      </div>
      <p className="muted">{t('team.trash.intro')}</p>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-text' : 'ok-text'}>
          {message.text}
          {message.restoredId ? ' ' : null}
          {message.restoredId ? (
            <button type="button" className="link-button" onClick={() => openArticle(message.restoredId!)}>
              {t('team.trash.open')}
            </button>
          ) : null}
        </p>
      ) : null}
      {items?.length === 0 ? <p className="muted">{t('team.trash.empty')}</p> : null}
      <ul className="trash-list" aria-label={t('team.trash.listLabel')}>
        {items?.map((item) => {
          const headline = item.headline || t('workflow.untitled');
          return (
            <li key={item.id} className="trash-item">
              <div>
                <strong className="trash-headline">{headline}</strong>
                <p className="muted small">{t('team.trash.deletedBy', { name: item.deletedBy, at: formatInZone(item.deletedAt, zone, lang, 'dateTime') })}</p>
              </div>
              <button type="button" disabled={busy !== null} onClick={() => void restore(item)}>
                {t('team.trash.restore')}
                <span className="visually-hidden">: {headline}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
