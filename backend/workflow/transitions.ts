import type { Article } from '../../core/article/article';
import { blockingItems } from '../../core/checklist/run';
import { AppError } from '../../core/contract/result';
import { ruleFor } from '../../core/workflow/actions';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import type { TransitionRequest } from '../../core/workflow/request';
import { SYSTEM_ACTOR, type Actor } from '../../core/workflow/roles';
import type { Schedule } from '../../core/workflow/schedule';
import type { DueTransition } from '../../core/workflow/due';
import { applyTransition, WORKFLOW_ERROR_TO_CONTRACT } from '../../core/workflow/transition';
import type { BackendDeps } from '../backend-deps';
import { slugIndexOf } from '../articles/slug-index';
import { heldNote } from './held-release';
import { goLiveTime, localizedChecklist, policyFindingsAt } from './policy-findings';

/** The next state of a transition: status, schedule, and what else the action changes on the article. */
export interface TransitionNext {
  status: Article['status'];
  schedule?: Schedule;
  extra?: Pick<Partial<Article>, 'pendingUpdate' | 'corrections'>;
}

export interface TransitionDeps extends Pick<BackendDeps, 'store' | 'settings' | 'adConfig' | 'now'> {
  /** Writes the new status (history entry included) and records it everywhere it is shown. */
  commit(article: Article, next: TransitionNext, entry: StatusHistoryEntry): Promise<Article>;
  /** The scheduler held a release: the publisher hears of it. */
  held?(article: Article, entry: StatusHistoryEntry): Promise<void>;
}

/** update_live makes the working copy live: no pending update, and the correction (if any) noted. */
function updateLiveExtra(article: Article, req: Pick<TransitionRequest, 'correction'>, at: Date): TransitionNext['extra'] {
  const corrections = req.correction ? [...(article.corrections ?? []), { at: at.toISOString(), note: req.correction }] : article.corrections;
  return { pendingUpdate: null, ...(corrections ? { corrections } : {}) };
}

/** Status changes by people (checked against core's table and the checklist) and by the scheduler. */
export function createTransitions(deps: TransitionDeps) {
  const { store, settings, now } = deps;

  async function checklistContext(article: Article, at: Date) {
    const otherSlugs = slugIndexOf(store).except(article.id);
    const { siteTimeZone } = await settings.get();
    const policyFindings = policyFindingsAt(article, await deps.adConfig.get(), at, siteTimeZone);
    return { otherSlugs, policyFindings };
  }

  async function checklistAt(article: Article, at: Date) {
    const ctx = await checklistContext(article, at);
    return localizedChecklist(article, ctx.otherSlugs, ctx.policyFindings);
  }

  async function transition(req: TransitionRequest, actor: Actor): Promise<Article> {
    const article = await store.get(req.id);
    if (article.rev !== req.baseRev) {
      throw new AppError('CONFLICT', 'The article changed since it was loaded; reload it and try again.', { currentRev: article.rev });
    }
    const at = now();
    const rule = ruleFor(req.action);
    if (rule?.implicit && rule.roles.includes(actor.role)) {
      throw new AppError('CONFLICT', 'This step happens by itself when an approved article is edited.', {
        workflowCode: 'INVALID_TRANSITION',
        messageDe: 'Dieser Schritt geschieht von selbst, wenn ein freigegebener Artikel bearbeitet wird.',
      });
    }
    const schedule = req.action === 'schedule' && req.schedule ? req.schedule : (article.schedule ?? undefined);
    const checklist = rule?.requiresChecklist ? await checklistAt(article, goLiveTime({ schedule: schedule ?? null }, at)) : undefined;
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
    const extra = req.action === 'update_live' ? updateLiveExtra(article, req, at) : undefined;
    return deps.commit(article, { ...result.next, ...(extra ? { extra } : {}) }, result.historyEntry);
  }

  /**
   * The scheduler's own move (publish when due, take down at expiry), as the system actor. A
   * release whose required checklist fails at its time is held instead (auto_hold, back to approved).
   */
  async function applyDue(due: DueTransition): Promise<void> {
    const article = await store.get(due.id);
    const state = { status: article.status, ...(article.schedule ? { schedule: article.schedule } : {}) };
    const at = now();
    if (due.action === 'auto_publish') {
      const blocking = blockingItems(await checklistAt(article, at));
      if (blocking.length > 0) {
        const hold = applyTransition(state, 'auto_hold', SYSTEM_ACTOR, at, { note: heldNote(blocking) });
        if (!hold.ok) throw new Error(hold.message);
        const saved = await deps.commit(article, hold.next, hold.historyEntry);
        await deps.held?.(saved, hold.historyEntry);
        return;
      }
    }
    const result = applyTransition(state, due.action, SYSTEM_ACTOR, at);
    if (!result.ok) throw new Error(result.message);
    await deps.commit(article, result.next, result.historyEntry);
  }

  return { checklistContext, transition, applyDue };
}
