import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../core/checklist/items';
import { formatInZone } from '../../../core/time/format';
import { allowedActions, type WorkflowAction } from '../../../core/workflow/actions';
import { ACTION_LABELS, STATUS_LABELS } from '../../../core/workflow/labels';
import { useClient } from '../client/context';
import { useEditorSession } from '../editor/editor-session';
import type { MenuItem } from '../editor/MoreMenu';
import { useSettings } from '../settings/profile-store';
import { useActing } from '../team/account-store';
import { UpdateLiveButton } from '../team/UpdateLiveButton';
import { useAnchorTracking } from './comment-threads';
import { refusalText, useUiLang } from './localized';
import { FailureBox, type Failure } from './FailureBox';
import { focusStatusAfterReload, takeStatusFocus } from './focus-after-action';
import { NoteForm } from './NoteForm';
import { ZonedTimeForm } from './ZonedTimeForm';
import './workflow.css';

type PersonAction = Exclude<WorkflowAction, 'auto_publish' | 'auto_unpublish' | 'auto_hold' | 'return_to_review' | 'update_live'>;
type Dialog = { kind: 'note'; action: PersonAction } | { kind: 'schedule' };

/** Actions that open a dialog first: a note (required for request_changes) or a publish time. */
const NOTE_ACTIONS: readonly PersonAction[] = ['request_changes'];

/** Rare actions: in the header's "More" menu, so the row of buttons stays short and does not wrap. */
const MENU_ACTIONS: readonly PersonAction[] = ['reopen', 'archive'];

/**
 * Status of the open article and the workflow actions the profile's role may take on it.
 * `end` renders what sits at the far end of the header, given the rare actions for its menu.
 */
export function WorkflowBar({ end }: { end?(menu: MenuItem[]): ReactNode } = {}) {
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
  const statusRef = useRef<HTMLSpanElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  /** The button that started the action: focus returns to it when a dialog is cancelled. */
  const openerRef = useRef<HTMLElement | null>(null);

  // After a successful action the editor is remounted with the article's new status: focus goes there.
  useEffect(() => {
    if (takeStatusFocus(article.id)) statusRef.current?.focus();
  }, [article.id]);

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
      if (!fresh.ok) return refused({ message: fresh.error.message, blocking: [] });
      const result = await client.call('workflow.transition', { id: article.id, baseRev: fresh.value.rev, action, ...extra });
      if (!result.ok) {
        const details = (result.error.details ?? {}) as { blocking?: ChecklistItem[] };
        refused({ message: refusalText(result.error, lang), blocking: details.blocking ?? [] });
        return;
      }
      dialogRef.current?.close();
      setDialog(null);
      setNote('');
      focusStatusAfterReload(article.id);
      await session.reload();
    } finally {
      setBusy(false);
    }
  };

  /** A refusal: shown, and focus stays with the action (in a dialog: on the reason, the dialog's buttons being busy). */
  const refused = (f: Failure) => {
    setFailure(f);
    requestAnimationFrame(() => (dialogRef.current?.open ? failureRef.current?.focus() : openerRef.current?.focus()));
  };

  const closeDialog = () => {
    dialogRef.current?.close();
    setDialog(null);
    setNote('');
    openerRef.current?.focus();
  };

  const start = (action: PersonAction, opener: HTMLElement) => {
    if (busy) return;
    openerRef.current = opener;
    setFailure(null);
    if (action === 'schedule') setDialog({ kind: 'schedule' });
    else if (NOTE_ACTIONS.includes(action)) setDialog({ kind: 'note', action });
    else void run(action);
  };

  const inMenu = (a: PersonAction) => end !== undefined && MENU_ACTIONS.includes(a);
  const menu: MenuItem[] = actions.filter(inMenu).map((action) => ({
    label: ACTION_LABELS[action][lang],
    onSelect: (menuButton) => start(action, menuButton),
  }));
  const scheduled = article.schedule?.publishAt;
  const last = article.statusHistory.at(-1);

  return (
    <>
    <div className="workflow-bar" role="group" aria-label={t('workflow.bar.label')}>
      <span ref={statusRef} tabIndex={-1} className={`status-badge status-${article.status}`} data-status={article.status}>
        <span className="visually-hidden">{t('workflow.bar.status')}: </span>
        {STATUS_LABELS[article.status][lang]}
      </span>
      {scheduled && (article.status === 'scheduled' || article.status === 'approved') ? (
        <span className="muted small">{formatInZone(scheduled, timeZone, lang, 'dateTime')}</span>
      ) : null}
      {actions.filter((a) => !inMenu(a)).map((action) => (
        <button key={action} type="button" className={action === 'approve' || action === 'publish_now' ? 'primary' : ''} aria-disabled={busy} onClick={(e) => start(action, e.currentTarget)}>
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
        <dialog
          ref={dialogRef}
          className="workflow-dialog"
          aria-labelledby="workflow-dialog-title"
          onClose={() => {
            // Escape: back to the button that opened it (a successful action has cleared `dialog` first).
            if (dialog) closeDialog();
          }}
        >
          {dialog.kind === 'note' ? (
            <NoteForm
              title={ACTION_LABELS[dialog.action][lang]}
              note={note}
              onNote={setNote}
              busy={busy}
              failure={failure}
              onSubmit={() => void run(dialog.action, { note })}
              onCancel={closeDialog}
            />
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
              {failure ? (
                <div ref={failureRef} tabIndex={-1}>
                  <FailureBox failure={failure} />
                </div>
              ) : null}
            </>
          )}
        </dialog>
      ) : null}
    </div>
    {end?.(menu)}
    </>
  );
}
