import type { ArticleStatus } from '../../core/article/article';
import type { SiteRole } from '../auth/roles';
import { LOCAL_TRANSITIONS } from './local-transitions';

/** A named status change ("approve", "publish", …). */
export type WorkflowAction = keyof typeof LOCAL_TRANSITIONS;
export const WORKFLOW_ACTIONS = Object.keys(LOCAL_TRANSITIONS) as WorkflowAction[];

export const isWorkflowAction = (name: string): name is WorkflowAction => Object.prototype.hasOwnProperty.call(LOCAL_TRANSITIONS, name);

/** Actions the role may take on an article in `status`. */
export function allowedActionsFor(role: SiteRole, status: ArticleStatus): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => {
    const t = LOCAL_TRANSITIONS[a];
    return (t.from as readonly string[]).includes(status) && (t.roles as readonly string[]).includes(role);
  });
}

/** Outcome of asking whether `role` may take `action` on an article in `status`. */
export type TransitionCheck = { ok: true; to: ArticleStatus } | { ok: false; reason: 'role' | 'status' };

/** Checks one action against the table; the role check comes first so a reviewer always gets 403. */
export function checkTransition(role: SiteRole, status: ArticleStatus, action: WorkflowAction): TransitionCheck {
  const t = LOCAL_TRANSITIONS[action];
  if (!(t.roles as readonly string[]).includes(role)) return { ok: false, reason: 'role' };
  if (!(t.from as readonly string[]).includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, to: t.to };
}
