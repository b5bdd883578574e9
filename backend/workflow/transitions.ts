import type { Article } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import { ruleFor, type WorkflowAction } from '../../core/workflow/actions';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import { SYSTEM_ACTOR, type Actor } from '../../core/workflow/roles';
import type { Schedule } from '../../core/workflow/schedule';
import type { DueTransition } from '../../core/workflow/due';
import { applyTransition, WORKFLOW_ERROR_TO_CONTRACT } from '../../core/workflow/transition';
import type { BackendDeps } from '../backend-deps';
import { goLiveTime, localizedChecklist, policyFindingsAt } from './policy-findings';

export interface TransitionRequest {
  id: string;
  baseRev: number;
  action: WorkflowAction;
  note?: string;
  schedule?: Schedule;
}

export interface TransitionDeps extends Pick<BackendDeps, 'store' | 'settings' | 'adConfig' | 'now'> {
  /** Writes the new status (history entry included) and records it everywhere it is shown. */
  commit(article: Article, next: { status: Article['status']; schedule?: Schedule }, entry: StatusHistoryEntry): Promise<Article>;
}

/** Status changes by people (checked against core's table and the checklist) and by the scheduler. */
export function createTransitions(deps: TransitionDeps) {
  const { store, settings, now } = deps;

  async function checklistContext(article: Article, at: Date) {
    const otherSlugs = store
      .list()
      .filter((s) => s.id !== article.id && s.slug)
      .map((s) => s.slug);
    const { siteTimeZone } = await settings.get();
    const policyFindings = policyFindingsAt(article, await deps.adConfig.get(), at, siteTimeZone);
    return { otherSlugs, policyFindings };
  }

  async function transition(req: TransitionRequest, actor: Actor): Promise<Article> {
    const article = await store.get(req.id);
    if (article.rev !== req.baseRev) {
      throw new AppError('CONFLICT', 'The article changed since it was loaded; reload it and try again.', { currentRev: article.rev });
    }
    const at = now();
    const rule = ruleFor(req.action);
    const schedule = req.action === 'schedule' && req.schedule ? req.schedule : (article.schedule ?? undefined);
    let checklist;
    if (rule?.requiresChecklist) {
      const ctx = await checklistContext(article, goLiveTime({ schedule: schedule ?? null }, at));
      checklist = localizedChecklist(article, new Set(ctx.otherSlugs), ctx.policyFindings);
    }
    const result = applyTransition({ status: article.status, ...(article.schedule ? { schedule: article.schedule } : {}) }, req.action, actor, at, {
      ...(req.note !== undefined ? { note: req.note } : {}),
      ...(checklist ? { checklist } : {}),
      ...(req.schedule ? { schedule: req.schedule } : {}),
    });
    if (!result.ok) {
      throw new AppError(WORKFLOW_ERROR_TO_CONTRACT[result.code], result.message, {
        workflowCode: result.code,
        messageDe: result.messageDe,
        ...(result.blocking ? { blocking: result.blocking } : {}),
      });
    }
    return deps.commit(article, result.next, result.historyEntry);
  }

  /** The scheduler's own move (publish when due, take down at expiry), as the system actor. */
  async function applyDue(due: DueTransition): Promise<void> {
    const article = await store.get(due.id);
    const result = applyTransition({ status: article.status, ...(article.schedule ? { schedule: article.schedule } : {}) }, due.action, SYSTEM_ACTOR, now());
    if (!result.ok) throw new Error(result.message);
    await deps.commit(article, result.next, result.historyEntry);
  }

  return { checklistContext, transition, applyDue };
}
