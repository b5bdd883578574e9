import { runChecklist } from '../../../core/checklist/index';
import { SyncFailure, type RemoteArticle } from '../../../core/sync/sync-target';
import type { QueuedTeamOp } from '../../../core/sync/team-op';
import { applyTransition } from '../../../core/workflow/transition';
import type { PlainRefusal } from '../team/team-port';

/** Site refusals the workflow does not word, in German (matched on the site's English text). */
const KNOWN: Array<[RegExp, string]> = [
  [/unpublish it first/i, 'Der Artikel ist veröffentlicht: bitte erst zurückziehen.'],
  [/unschedule it first/i, 'Der Artikel ist geplant: bitte erst die Planung aufheben.'],
  [/disabled/i, 'Dieses Konto ist auf der Website gesperrt.'],
];

/**
 * Why the site refused an op, in the words of the person who took it: the site's message in
 * English; in German the workflow's own wording when the action, replayed against the site's
 * current state of the article, fails the same way (same rules as the site: core's role table
 * and checklist), else a known phrase, else the site's message with a German lead.
 */
export function plainRefusal(queued: QueuedTeamOp, err: unknown, current: RemoteArticle | null): PlainRefusal {
  const en = err instanceof Error ? err.message : String(err);
  const op = queued.op;
  if (op.kind === 'action' && current && queued.by.role !== 'system') {
    const checklist = runChecklist(current.fields, { otherSlugs: new Set() });
    const replay = applyTransition({ status: current.status, schedule: current.schedule ?? undefined }, op.request.action, queued.by, new Date(), {
      note: op.request.note,
      checklist,
      schedule: op.request.schedule,
    });
    if (!replay.ok && (replay.message === en || replay.code === 'INVALID_TRANSITION' || replay.code === 'FORBIDDEN')) return { en: replay.message, de: replay.messageDe };
  }
  const known = KNOWN.find(([pattern]) => pattern.test(en));
  if (known) return { en, de: known[1] };
  if (err instanceof SyncFailure && err.kind === 'not_found') return { en, de: `Auf der Website nicht gefunden: ${en}` };
  if (err instanceof SyncFailure && err.kind === 'forbidden') return { en, de: `Ihre Rolle auf der Website darf das nicht: ${en}` };
  return { en, de: `Die Website hat abgelehnt: ${en}` };
}
