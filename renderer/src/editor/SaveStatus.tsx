import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

/** The save state in words ("Saving…", "Saved", or what failed), announced politely to screen readers. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));
  const tone = state.kind === 'saved' ? 'ok' : state.kind === 'error' ? 'error' : 'busy';
  return (
    <div className={`save-status tone-${tone}`} role="status" aria-live="polite" data-state={state.kind}>
      <span className="dot" aria-hidden="true" />
      {state.kind === 'saved' ? (
        <>
          <span>{t('save.saved')}</span>
          {state.at ? <span className="muted"> · {time(state.at)}</span> : null}
        </>
      ) : state.kind === 'error' ? (
        <>
          <span>{state.code === 'UNAVAILABLE' ? t('save.offline') : t('save.failed', { message: state.message })}</span>
          <button type="button" className="link-button" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      ) : (
        <span>{t('save.saving')}</span>
      )}
    </div>
  );
}
