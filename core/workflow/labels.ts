import type { ArticleStatus } from '../article/article';
import type { Localized } from '../time/localized';
import type { WorkflowAction } from './actions';
import type { Performer } from './roles';

/** Status names as the UI, the history and the site's admin show them. */
export const STATUS_LABELS: Record<ArticleStatus, Localized> = {
  draft: { de: 'Entwurf', en: 'Draft' },
  in_review: { de: 'In Prüfung', en: 'In review' },
  changes_requested: { de: 'Änderungen angefordert', en: 'Changes requested' },
  approved: { de: 'Freigegeben', en: 'Approved' },
  scheduled: { de: 'Geplant', en: 'Scheduled' },
  published: { de: 'Veröffentlicht', en: 'Published' },
  unpublished: { de: 'Zurückgezogen', en: 'Unpublished' },
  archived: { de: 'Archiviert', en: 'Archived' },
};

/** Action names as buttons and history lines show them. */
export const ACTION_LABELS: Record<WorkflowAction, Localized> = {
  submit: { de: 'Zur Prüfung einreichen', en: 'Submit for review' },
  withdraw: { de: 'Einreichung zurückziehen', en: 'Withdraw from review' },
  request_changes: { de: 'Änderungen anfordern', en: 'Request changes' },
  approve: { de: 'Freigeben', en: 'Approve' },
  reopen: { de: 'Wieder bearbeiten', en: 'Reopen for editing' },
  schedule: { de: 'Planen', en: 'Schedule' },
  unschedule: { de: 'Planung aufheben', en: 'Unschedule' },
  publish_now: { de: 'Jetzt veröffentlichen', en: 'Publish now' },
  unpublish: { de: 'Zurückziehen', en: 'Unpublish' },
  archive: { de: 'Archivieren', en: 'Archive' },
  restore_draft: { de: 'Als Entwurf wiederherstellen', en: 'Restore as draft' },
  auto_publish: { de: 'Automatisch veröffentlicht', en: 'Published on schedule' },
  auto_unpublish: { de: 'Automatisch zurückgezogen', en: 'Unpublished at expiry' },
  return_to_review: { de: 'Nach der Freigabe geändert: zurück in die Prüfung', en: 'Edited after approval: back to review' },
  update_live: { de: 'Live-Artikel aktualisieren', en: 'Update live article' },
  auto_hold: { de: 'Veröffentlichung angehalten (Checkliste)', en: 'Release held (checklist)' },
};

export const ROLE_LABELS: Record<Performer, Localized> = {
  editor: { de: 'Redakteur', en: 'Editor' },
  reviewer: { de: 'Prüfer', en: 'Reviewer' },
  publisher: { de: 'Chef vom Dienst', en: 'Publisher' },
  system: { de: 'Zeitplan', en: 'Scheduler' },
};
