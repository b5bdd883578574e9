import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../core/checklist/items';
import { formatInZone } from '../../../core/time/format';
import { allowedActions, type WorkflowAction } from '../../../core/workflow/actions';
import { ACTION_LABELS, STATUS_LABELS } from '../../../core/workflow/labels';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import { useSettings } from '../settings/profile-store';
import { useActing } from '../team/account-store';
import { UpdateLiveButton } from '../team/UpdateLiveButton';
import { useAnchorTracking } from './comment-threads';
import { refusalText, useUiLang } from './localized';
import { FailureBox, type Failure } from './FailureBox';
import { ZonedTimeForm } from './ZonedTimeForm';
import './workflow.css';

type PersonAction = Exclude<WorkflowAction, 'auto_publish' | 'auto_unpublish' | 'auto_hold' | 'return_to_review' | 'update_live'>;
type Dialog = { kind: 'note'; action: PersonAction } | { kind: 'schedule' };

/** Actions that open a dialog first: a note (required for request_changes) or a publish time. */
const NOTE_ACTIONS: readonly PersonAction[] = ['request_changes'];

/** Status of the open article and the workflow actions the profile's role may take on it. */
export function WorkflowBar() {
  const { t } = useTranslation();
  const lang = useUiLang();
  const client = useClient();
  const session = useEditorSession();
  const settings = useSettings();
  const acting = useActing();
  const { article } = session;
  useAnchorTracking(article.id, session.editor, session.saveState);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialogRef.current;
    if (dialog && d && !d.open) d.showModal();
  }, [dialog]);

  const role = acting?.role;
  const timeZone = settings?.siteTimeZone ?? 'Europe/Berlin';
  const offered = role ? allowedActions(role, article.status) : [];
  // update_live has a dialog of its own (the correction note); auto_* are the scheduler's.
  const actions = offered.filter((a): a is PersonAction => !a.startsWith('auto_') && a !== 'update_live' && a !== 'return_to_review');

  const run = async (action: PersonAction, extra: { note?: string; schedule?: { publishAt: string; embargoUntil?: string; expireAt?: string } } = {}) => {
    setBusy(true);
    setFailure(null);
    try {
      await session.flush();
      const fresh = await client.call('articles.get', { id: article.id });
      if (!fresh.ok) return setFailure({ message: fresh.error.message, blocking: [] });
      const result = await client.call('workflow.transition', { id: article.id, baseRev: fresh.value.rev, action, ...extra });
      if (!result.ok) {
        const details = (result.error.details ?? {}) as { blocking?: ChecklistItem[] };
        setFailure({ message: refusalText(result.error, lang), blocking: details.blocking ?? [] });
        return;
      }
      closeDialog();
      await session.reload();
    } finally {
      setBusy(false);
    }
  };

  const closeDialog = () => {
    dialogRef.current?.close();
    setDialog(null);
    setNote('');
  };

  const start = (action: PersonAction) => {
    setFailure(null);
    if (action === 'schedule') setDialog({ kind: 'schedule' });
    else if (NOTE_ACTIONS.includes(action)) setDialog({ kind: 'note', action });
    else void run(action);
  };

  const scheduled = article.schedule?.publishAt;
  const last = article.statusHistory.at(-1);

  return (
    <div className="workflow-bar" role="group" aria-label={t('workflow.bar.label')}>
      <span className={`status-badge status-${article.status}`} data-status={article.status}>
        <span className="visually-hidden">{t('workflow.bar.status')}: </span>
        {STATUS_LABELS[article.status][lang]}
      </span>
      {scheduled && (article.status === 'scheduled' || article.status === 'approved') ? (
        <span className="muted small">{formatInZone(scheduled, timeZone, lang, 'dateTime')}</span>
      ) : null}
      {actions.map((action) => (
        <button key={action} type="button" className={action === 'approve' || action === 'publish_now' ? 'primary' : ''} disabled={busy} onClick={() => start(action)}>
          {ACTION_LABELS[action][lang]}
          {action === 'schedule' ? '…' : ''}
        </button>
      ))}
      {offered.includes('update_live') ? <UpdateLiveButton /> : null}
      {last?.note && last.to === article.status ? (
        <p className="workflow-last-note">
          <strong>{t('workflow.bar.noteBy', { name: last.actor.name, action: ACTION_LABELS[last.action][lang] })}</strong> {last.note}
        </p>
      ) : null}
      {failure && !dialog ? <FailureBox failure={failure} onClose={() => setFailure(null)} /> : null}
      {dialog ? (
        <dialog ref={dialogRef} className="workflow-dialog" aria-labelledby="workflow-dialog-title" onClose={() => setDialog(null)}>
          {dialog.kind === 'note' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void run(dialog.action, { note });
              }}
            >
              <h2 id="workflow-dialog-title">{ACTION_LABELS[dialog.action][lang]}</h2>
              <label htmlFor="workflow-note" className="label">
                {t('workflow.note.label')}
              </label>
              <textarea id="workflow-note" rows={4} required value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} autoFocus />
              {failure ? <FailureBox failure={failure} /> : null}
              <div className="dialog-actions">
                <button type="button" onClick={closeDialog}>
                  {t('workflow.cancel')}
                </button>
                <button type="submit" className="primary" disabled={busy || !note.trim()}>
                  {ACTION_LABELS[dialog.action][lang]}
                </button>
              </div>
            </form>
          ) : (
            <>
              <h2 id="workflow-dialog-title">{t('workflow.schedule.title')}</h2>
              <ZonedTimeForm
                timeZone={timeZone}
                submitLabel={ACTION_LABELS.schedule[lang]}
                busy={busy}
                onCancel={closeDialog}
                window={{ ...(article.schedule?.embargoUntil ? { embargoUntil: article.schedule.embargoUntil } : {}), ...(article.schedule?.expireAt ? { expireAt: article.schedule.expireAt } : {}) }}
                onSubmit={(publishAt, window) => void run('schedule', { schedule: { publishAt, ...window } })}
              />
              {failure ? <FailureBox failure={failure} /> : null}
            </>
          )}
        </dialog>
      ) : null}
    </div>
  );
}
