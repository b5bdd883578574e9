import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CORRECTION_MAX_LENGTH } from '../../../core/article/article';
import type { ChecklistItem } from '../../../core/checklist/items';
import { ACTION_LABELS } from '../../../core/workflow/labels';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { FailureBox, type Failure } from '../workflow/FailureBox';
import { refusalText, useUiLang } from '../workflow/localized';
import './team.css';

/** "Update live article" for publishers: makes the pending update live, with an optional dated correction note. */
export function UpdateLiveButton() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const session = useEditorSession();
  const { article } = session;
  const [open, setOpen] = useState(false);
  const [correction, setCorrection] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const label = ACTION_LABELS.update_live[lang];

  useEffect(() => {
    const d = dialogRef.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);

  const close = () => {
    dialogRef.current?.close();
    setOpen(false);
    setCorrection('');
    setFailure(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await session.flush();
      const fresh = await client.call('articles.get', { id: article.id });
      if (!fresh.ok) return setFailure({ message: fresh.error.message, blocking: [] });
      const note = correction.trim();
      const result = await client.call('workflow.transition', { id: article.id, baseRev: fresh.value.rev, action: 'update_live', ...(note ? { correction: note } : {}) });
      if (!result.ok) {
        const blocking = ((result.error.details ?? {}) as { blocking?: ChecklistItem[] }).blocking ?? [];
        return setFailure({ message: refusalText(result.error, lang), blocking });
      }
      close();
      await session.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="update-live">
      <button type="button" className={article.pendingUpdate ? 'primary' : ''} disabled={busy} onClick={() => setOpen(true)}>
        {label}…
      </button>
      {open ? (
        <dialog ref={dialogRef} className="workflow-dialog" aria-labelledby="update-live-title" onClose={() => setOpen(false)}>
          <form onSubmit={(e) => void submit(e)}>
            <h2 id="update-live-title">{label}</h2>
            <p className="hint">{article.pendingUpdate ? t('team.updateLive.intro') : t('team.updateLive.noPending')}</p>
            <label htmlFor="update-live-correction" className="label">
              {t('team.updateLive.correctionLabel')}
            </label>
            <textarea
              id="update-live-correction"
              rows={3}
              value={correction}
              maxLength={CORRECTION_MAX_LENGTH}
              aria-describedby="update-live-correction-hint"
              onChange={(e) => setCorrection(e.target.value)}
              autoFocus
            />
            <span id="update-live-correction-hint" className="hint">
              {t('team.updateLive.correctionHint')}
            </span>
            {failure ? <FailureBox failure={failure} /> : null}
            <div className="dialog-actions">
              <button type="button" onClick={close}>
                {t('workflow.cancel')}
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {label}
              </button>
            </div>
          </form>
        </dialog>
      ) : null}
    </span>
  );
}
