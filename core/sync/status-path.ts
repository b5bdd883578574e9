import type { ArticleStatus } from '../article/article';
import { TRANSITIONS, type Role, type WorkflowAction } from '../workflow/index';

/**
 * The shortest run of actions `role` may take to move an article from `from` to `to` by core's
 * transition table (the scheduler's auto_* actions excluded), or null when the role cannot.
 * From 'scheduled' to 'scheduled' is one 'schedule' (a changed schedule is re-applied).
 */
export function statusPath(from: ArticleStatus, to: ArticleStatus, role: Role): WorkflowAction[] | null {
  if (from === to) return [];
  const rules = TRANSITIONS.filter((r) => !r.action.startsWith('auto_') && r.roles.includes(role));
  const previous = new Map<ArticleStatus, { from: ArticleStatus; action: WorkflowAction }>();
  const queue: ArticleStatus[] = [from];
  const seen = new Set<ArticleStatus>([from]);
  while (queue.length) {
    const status = queue.shift()!;
    for (const rule of rules) {
      if (!rule.from.includes(status) || seen.has(rule.to)) continue;
      seen.add(rule.to);
      previous.set(rule.to, { from: status, action: rule.action });
      if (rule.to === to) {
        const path: WorkflowAction[] = [];
        for (let at: ArticleStatus = to; at !== from; ) {
          const step = previous.get(at)!;
          path.unshift(step.action);
          at = step.from;
        }
        return path;
      }
      queue.push(rule.to);
    }
  }
  return null;
}
