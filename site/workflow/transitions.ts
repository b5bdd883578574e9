import { applyTransition, WORKFLOW_ERROR_TO_CONTRACT, type Actor, type Schedule, type TransitionInput, type WorkflowAction } from '../../core/workflow/index';
import { AppError } from '../../core/contract/result';
import { apiArticle } from '../articles/live-version';
import type { SiteArticle } from '../articles/site-article';
import { liveState } from './live-state';

/** What an action may bring besides core's input: update_live's correction note. */
export interface SiteTransitionInput extends TransitionInput {
  correction?: string;
}

/**
 * Applies one action of core's transition table (the same table the app enforces) and returns
 * the stored article that results; a refusal becomes an AppError (403 for the wrong role, 409
 * for the wrong status or a failing checklist, 400 for a bad schedule or a missing note) whose
 * details carry the site's current article, so the app can take it.
 */
export function transitionArticle(current: SiteArticle, action: WorkflowAction, actor: Actor, now: Date, input: SiteTransitionInput): SiteArticle {
  const result = applyTransition(current, action, actor, now, input);
  if (!result.ok) {
    const code = WORKFLOW_ERROR_TO_CONTRACT[result.code];
    const details = { workflowCode: result.code, messageDe: result.messageDe, ...(result.blocking ? { blocking: result.blocking } : {}), current: apiArticle(current) };
    throw new AppError(code, result.message, details);
  }
  const next = result.next;
  const nowIso = now.toISOString();
  const wentLive = next.status === 'published' && current.status !== 'published';
  const rev = current.rev + 1;
  return {
    ...next,
    ...liveState(current, next, action, rev, now, input.correction),
    publishedAt: wentLive ? liveFrom(result.historyEntry.action, next.schedule, now) : next.publishedAt,
    rev,
    updatedAt: nowIso,
    updatedBy: { id: actor.id ?? actor.name, name: actor.name },
    // Bounded so an article bounced back and forth for years stays a small row.
    statusHistory: [...current.statusHistory, result.historyEntry].slice(-200),
  };
}

/** When an article going live counts as published: a late scheduler run keeps the planned time,
 *  so catching up after a restart does not reorder the front page or the feed. */
function liveFrom(action: WorkflowAction, schedule: Schedule, now: Date): string {
  if (action !== 'auto_publish') return now.toISOString();
  const planned = [schedule.publishAt, schedule.embargoUntil].filter((t): t is string => t !== undefined).map(Date.parse);
  return planned.length ? new Date(Math.max(...planned)).toISOString() : now.toISOString();
}
