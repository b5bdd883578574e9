import { useTranslation } from 'react-i18next';
import type { UploadEntry, UploadTracker } from './use-uploads';

interface Props {
  entries: UploadEntry[];
  announcement: string;
  tracker: UploadTracker;
  /** False where each upload shows its own progress already (the body's placeholders). */
  showRunning?: boolean;
}

/**
 * Uploads under way (with real progress where the transport reports it, an indeterminate bar in
 * Electron) and refused files with their reason. The live region announces starts, ends and
 * failures; the percentage is not announced on every step.
 */
export function UploadStatus({ entries, announcement, tracker, showRunning = true }: Props) {
  const { t } = useTranslation();
  return (
    <div className="upload-status">
      {entries.map((e) =>
        e.error ? (
          <p key={e.id} role="alert" className="upload-failed">
            <span>{t('images.failed', { file: e.label, message: e.error })}</span>
            <button type="button" className="ghost" onClick={() => tracker.dismiss(e.id)}>
              {t('images.dismiss')}
            </button>
          </p>
        ) : !showRunning ? null : (
          <div key={e.id} className="upload-running">
            <span>{t('images.uploading', { file: e.label })}</span>
            <progress max={1} value={e.fraction ?? undefined} aria-label={t('images.progress', { file: e.label })} />
            <span aria-hidden="true" className="muted">
              {e.fraction === null ? '' : `${Math.round(e.fraction * 100)} %`}
            </span>
          </div>
        ),
      )}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
