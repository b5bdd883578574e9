import { AppError } from '../../core/contract/result';
import { ruleFor, type Schedule, type WorkflowAction } from '../../core/workflow/index';
import { transitionArticle } from '../workflow/transitions';
import { checklistFor } from './checklist';
import { normalizeSchedule, type SiteArticle } from './site-article';
import { updateArticle } from './store';
import { loadForWrite, type WriteContext } from './write-context';

/** A status change as the API takes it: `baseRev` is optional (the action is checked against the current status). */
export interface StatusChange {
  id: string;
  action: WorkflowAction;
  baseRev?: number;
  note?: string;
  schedule?: Schedule;
  correction?: string;
}

/**
 * Applies a status change by core's role table, as the signed-in account: 403 for the wrong
 * role, 409 from the wrong status or with a failing checklist (details carry the current
 * article). A schedule may come with 'schedule' and 'publish_now' (for an expiry), a
 * correction note with 'update_live' only.
 */
export async function changeArticleStatus(ctx: WriteContext, input: StatusChange): Promise<SiteArticle> {
  if (input.correction !== undefined && input.action !== 'update_live') {
    throw new AppError('INVALID_ARGUMENT', 'A correction note goes only with update_live.');
  }
  const current = await loadForWrite(ctx, input.id, input.baseRev);
  const schedule = input.schedule ? normalizeSchedule(input.schedule) : undefined;
  const state = schedule && input.action === 'publish_now' ? { ...current, schedule } : current;
  const actor = { id: ctx.user.id, name: ctx.user.name, role: ctx.user.role };
  const checklist = ruleFor(input.action)?.requiresChecklist ? await checklistFor(ctx.trx, current) : undefined;
  const article = transitionArticle(state, input.action, actor, ctx.now, { note: input.note, checklist, schedule, correction: input.correction });
  await updateArticle(ctx.trx, article);
  return article;
}
