import { useTranslation } from 'react-i18next';
import { FailureBox, type Failure } from './FailureBox';

interface Props {
  title: string;
  note: string;
  onNote(note: string): void;
  busy: boolean;
  failure: Failure | null;
  onSubmit(): void;
  onCancel(): void;
}

/** The note dialog's form (request changes): the note is required, the action is its submit. */
export function NoteForm({ title, note, onNote, busy, failure, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        // aria-disabled rather than disabled while busy: a disabled button drops the focus to the page.
        if (!busy && note.trim()) onSubmit();
      }}
    >
      <h2 id="workflow-dialog-title">{title}</h2>
      <label htmlFor="workflow-note" className="label">
        {t('workflow.note.label')}
      </label>
      <textarea id="workflow-note" rows={4} required value={note} maxLength={2000} onChange={(e) => onNote(e.target.value)} autoFocus />
      {failure ? <FailureBox failure={failure} /> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('workflow.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!note.trim()} aria-disabled={busy}>
          {title}
        </button>
      </div>
    </form>
  );
}
