import { z } from 'zod';
import type { ArticleStatus } from '../article/primitives';
import { ROLES, type Performer } from './roles';

export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'reopen',
  'schedule',
  'unschedule',
  'publish_now',
  'unpublish',
  'archive',
  'restore_draft',
  'return_to_review',
  'update_live',
  'auto_publish',
  'auto_unpublish',
  'auto_hold',
] as const;
export const workflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/** One row of the transition table. */
export interface TransitionRule {
  action: WorkflowAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: readonly Performer[];
  /** The actor must say why (a note for the editor). Every action accepts an optional note. */
  requiresNote?: boolean;
  /** Blocked while a required pre-flight checklist item fails. */
  requiresChecklist?: boolean;
  /** The article's schedule is checked against the current time (see applyTransition). */
  checksSchedule?: boolean;
  /** Taken by the back end as a consequence of something else (an edit), never offered as a button. */
  implicit?: boolean;
}

const PEOPLE = ROLES;
const REVIEWERS = ['reviewer', 'publisher'] as const;
const PUBLISHERS = ['publisher'] as const;
/** Who may change article content (a reviewer comments and suggests). */
const EDITORS = ['editor', 'publisher'] as const;

/**
 * THE table of who may move an article from which status to which. The main process checks
 * every call against it, the site's API does the same, and the UI offers only what it allows.
 * auto_* rows are the scheduler's: publishing when due and taking down at expiry (straight
 * from scheduled when the whole window passed while no scheduler ran).
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'submit', from: ['draft', 'changes_requested'], to: 'in_review', roles: PEOPLE },
  { action: 'withdraw', from: ['in_review'], to: 'draft', roles: PEOPLE },
  { action: 'request_changes', from: ['in_review', 'approved'], to: 'changes_requested', roles: REVIEWERS, requiresNote: true },
  { action: 'approve', from: ['in_review'], to: 'approved', roles: REVIEWERS, requiresChecklist: true },
  { action: 'reopen', from: ['approved', 'unpublished'], to: 'draft', roles: PEOPLE },
  { action: 'schedule', from: ['approved', 'scheduled'], to: 'scheduled', roles: PUBLISHERS, requiresChecklist: true, checksSchedule: true },
  { action: 'unschedule', from: ['scheduled'], to: 'approved', roles: PUBLISHERS },
  {
    action: 'publish_now',
    from: ['approved', 'scheduled', 'unpublished'],
    to: 'published',
    roles: PUBLISHERS,
    requiresChecklist: true,
    checksSchedule: true,
  },
  { action: 'unpublish', from: ['published'], to: 'unpublished', roles: PUBLISHERS },
  { action: 'archive', from: ['draft', 'changes_requested', 'approved', 'unpublished'], to: 'archived', roles: PUBLISHERS },
  { action: 'restore_draft', from: ['archived'], to: 'draft', roles: PUBLISHERS },
  // An edit to an approved or scheduled article: what was approved is no longer what would go out.
  { action: 'return_to_review', from: ['approved', 'scheduled'], to: 'in_review', roles: EDITORS, implicit: true },
  // A live article's pending update goes live (the note, when given, is the correction note).
  { action: 'update_live', from: ['published'], to: 'published', roles: PUBLISHERS, requiresChecklist: true },
  { action: 'auto_publish', from: ['scheduled'], to: 'published', roles: ['system'], checksSchedule: true },
  { action: 'auto_unpublish', from: ['scheduled', 'published'], to: 'unpublished', roles: ['system'], checksSchedule: true },
  // The scheduler found a required checklist item failing at release time: held, not published.
  { action: 'auto_hold', from: ['scheduled'], to: 'approved', roles: ['system'] },
];

/** The table row of an action, or undefined for an unknown action name. */
export function ruleFor(action: string): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.action === action);
}

/** The actions `role` may take on an article in `status`, in table order (what the UI offers). */
export function allowedActions(role: Performer, status: ArticleStatus): WorkflowAction[] {
  return TRANSITIONS.filter((rule) => !rule.implicit && rule.roles.includes(role) && rule.from.includes(status)).map((rule) => rule.action);
}
