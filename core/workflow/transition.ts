import type { ArticleStatus } from '../article/article';
import { blockingItems } from '../checklist/run';
import type { ChecklistItem } from '../checklist/items';
import type { ErrorCode } from '../contract/result';
import { ruleFor, type TransitionRule, type WorkflowAction } from './actions';
import { NOTE_MAX_LENGTH, type StatusHistoryEntry } from './history';
import { ACTION_LABELS, ROLE_LABELS, STATUS_LABELS } from './labels';
import type { Actor } from './roles';
import { earliestGoLive, scheduleOrderProblems, scheduleSchema, type Schedule } from './schedule';

/** The refusal of a schedule whose time is already past; sync recognises it and publishes now instead. */
export const PUBLISH_TIME_PASSED = {
  en: 'The publish time has passed; publish now instead.',
  de: 'Der Veröffentlichungszeitpunkt ist vorbei; bitte sofort veröffentlichen.',
} as const;

/** The part of an article the workflow reads and writes. Other fields pass through untouched. */
export interface WorkflowState {
  status: ArticleStatus;
  schedule?: Schedule;
}

/** What an action may bring along besides the actor. */
export interface TransitionInput {
  note?: string;
  /** The pre-flight checklist of the article as it is now; required for gated actions. */
  checklist?: readonly ChecklistItem[];
  /** For 'schedule': the new schedule (otherwise the article's current one is used). */
  schedule?: Schedule;
}

export const WORKFLOW_ERROR_CODES = [
  'FORBIDDEN',
  'INVALID_TRANSITION',
  'NOTE_REQUIRED',
  'NOTE_TOO_LONG',
  'CHECKLIST_FAILED',
  'SCHEDULE_INVALID',
  'EMBARGO_ACTIVE',
] as const;
export type WorkflowErrorCode = (typeof WORKFLOW_ERROR_CODES)[number];

/** Why a transition was refused, in English (`message`, also for logs) and German. */
export interface TransitionFailure {
  ok: false;
  code: WorkflowErrorCode;
  message: string;
  messageDe: string;
  /** For CHECKLIST_FAILED: the required items that fail. */
  blocking?: ChecklistItem[];
}

export type TransitionResult<S extends WorkflowState> = { ok: true; next: S; historyEntry: StatusHistoryEntry } | TransitionFailure;

/** How each refusal crosses the UI/back-end contract. */
export const WORKFLOW_ERROR_TO_CONTRACT: Record<WorkflowErrorCode, ErrorCode> = {
  FORBIDDEN: 'FORBIDDEN',
  INVALID_TRANSITION: 'CONFLICT',
  NOTE_REQUIRED: 'INVALID_ARGUMENT',
  NOTE_TOO_LONG: 'INVALID_ARGUMENT',
  CHECKLIST_FAILED: 'CONFLICT',
  SCHEDULE_INVALID: 'INVALID_ARGUMENT',
  EMBARGO_ACTIVE: 'CONFLICT',
};

const refuse = (code: WorkflowErrorCode, message: string, messageDe: string, blocking?: ChecklistItem[]): TransitionFailure =>
  blocking ? { ok: false, code, message, messageDe, blocking } : { ok: false, code, message, messageDe };

/** Checks the schedule against `now` for the actions that depend on it; null when fine. */
function scheduleProblem(rule: TransitionRule, schedule: Schedule | undefined, now: number): TransitionFailure | null {
  const parsed = scheduleSchema.safeParse(schedule ?? {});
  if (!parsed.success) {
    const order = scheduleOrderProblems(schedule ?? {});
    const en = order.length ? order.map((p) => p.message.en).join(' ') : 'Times must be UTC ISO instants.';
    const de = order.length ? order.map((p) => p.message.de).join(' ') : 'Zeiten müssen UTC-Zeitpunkte (ISO) sein.';
    return refuse('SCHEDULE_INVALID', `The schedule is invalid: ${en}`, `Der Zeitplan ist ungültig: ${de}`);
  }
  const s = parsed.data;
  const expire = s.expireAt === undefined ? undefined : Date.parse(s.expireAt);
  const goLive = earliestGoLive(s);
  switch (rule.action) {
    case 'schedule':
      if (goLive === undefined) return refuse('SCHEDULE_INVALID', 'Scheduling needs a publish time.', 'Zum Planen fehlt der Veröffentlichungszeitpunkt.');
      if (goLive <= now) {
        return refuse('SCHEDULE_INVALID', PUBLISH_TIME_PASSED.en, PUBLISH_TIME_PASSED.de);
      }
      return null;
    case 'publish_now':
      if (s.embargoUntil !== undefined && Date.parse(s.embargoUntil) > now) {
        return refuse('EMBARGO_ACTIVE', `Embargoed until ${s.embargoUntil}.`, `Sperrfrist bis ${s.embargoUntil}.`);
      }
      if (expire !== undefined && expire <= now) {
        return refuse('SCHEDULE_INVALID', 'The expiry time has passed; remove or move it first.', 'Das Ablaufdatum ist vorbei; bitte erst entfernen oder verschieben.');
      }
      return null;
    case 'auto_publish':
      if (goLive === undefined || goLive > now) return refuse('SCHEDULE_INVALID', 'The article is not due yet.', 'Der Artikel ist noch nicht fällig.');
      return null;
    case 'auto_unpublish':
      if (expire === undefined || expire > now) return refuse('SCHEDULE_INVALID', 'The article has not expired.', 'Der Artikel ist noch nicht abgelaufen.');
      return null;
    default:
      return null;
  }
}

/**
 * Applies one workflow action for `actor` at `now`. Pure: on success it returns the next
 * state and the history entry to record; on failure a typed refusal, and nothing changes.
 * Checks in this order: the action exists, the actor's role may take it, the article's status
 * allows it, the note (request_changes needs one), the pre-flight checklist (approve, schedule,
 * publish_now: a missing checklist counts as failing), then the schedule against `now`.
 */
export function applyTransition<S extends WorkflowState>(
  state: S,
  action: WorkflowAction,
  actor: Actor,
  now: Date,
  input: TransitionInput = {},
): TransitionResult<S> {
  const rule = ruleFor(action);
  if (!rule) return refuse('INVALID_TRANSITION', `Unknown action "${String(action)}".`, `Unbekannte Aktion „${String(action)}“.`);
  const label = ACTION_LABELS[rule.action];
  if (!rule.roles.includes(actor.role)) {
    const role = ROLE_LABELS[actor.role];
    return refuse('FORBIDDEN', `${role.en} may not "${label.en}".`, `${role.de} darf nicht „${label.de}“.`);
  }
  if (!rule.from.includes(state.status)) {
    const status = STATUS_LABELS[state.status];
    return refuse('INVALID_TRANSITION', `"${label.en}" is not possible in status "${status.en}".`, `„${label.de}“ ist im Status „${status.de}“ nicht möglich.`);
  }
  const note = input.note?.trim() ?? '';
  if (rule.requiresNote && !note) return refuse('NOTE_REQUIRED', `"${label.en}" needs a note.`, `„${label.de}“ braucht eine Notiz.`);
  if (note.length > NOTE_MAX_LENGTH) {
    return refuse('NOTE_TOO_LONG', `The note is longer than ${NOTE_MAX_LENGTH} characters.`, `Die Notiz ist länger als ${NOTE_MAX_LENGTH} Zeichen.`);
  }
  if (rule.requiresChecklist) {
    if (!input.checklist) {
      return refuse('CHECKLIST_FAILED', 'The pre-flight checklist has not been run.', 'Die Vorabprüfung wurde nicht ausgeführt.');
    }
    const blocking = blockingItems(input.checklist);
    if (blocking.length > 0) {
      return refuse(
        'CHECKLIST_FAILED',
        `Required checks fail: ${blocking.map((i) => i.message.en).join(' ')}`,
        `Pflichtprüfungen schlagen fehl: ${blocking.map((i) => i.message.de).join(' ')}`,
        blocking,
      );
    }
  }
  const schedule = rule.action === 'schedule' && input.schedule ? input.schedule : state.schedule;
  if (rule.checksSchedule) {
    const problem = scheduleProblem(rule, schedule, now.getTime());
    if (problem) return problem;
  }

  const next: S = schedule === state.schedule ? { ...state, status: rule.to } : { ...state, status: rule.to, schedule };
  const historyEntry: StatusHistoryEntry = {
    action: rule.action,
    from: state.status,
    to: rule.to,
    actor,
    at: now.toISOString(),
    ...(note ? { note } : {}),
    ...(rule.action === 'schedule' && schedule ? { schedule } : {}),
  };
  return { ok: true, next, historyEntry };
}
