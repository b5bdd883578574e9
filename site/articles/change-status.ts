import { runChecklist } from '../../core/checklist/index';
import { ruleFor, type Schedule, type WorkflowAction } from '../../core/workflow/index';
import type { SiteExecutor } from '../db/schema';
import { transitionArticle } from '../workflow/transitions';
import { loadForWrite, type WriteContext } from './commands';
import { normalizeSchedule, type SiteArticle } from './site-article';
import { articleIdBySlug, updateArticle } from './store';

/** Runs core's pre-flight checklist on the stored article: the site never trusts a client's result. */
async function checklistFor(trx: SiteExecutor, article: SiteArticle) {
  const clash = await articleIdBySlug(trx, article.slug);
  const otherSlugs = new Set(clash && clash !== article.id ? [article.slug] : []);
  return runChecklist(article, { otherSlugs });
}

/**
 * Applies a status change by core's role table: 403 for the wrong role, 409 from the wrong
 * status or with a failing checklist (details carry the current article). A schedule may come
 * with 'schedule' and 'publish_now' (for an expiry).
 */
export async function changeArticleStatus(
  ctx: WriteContext,
  input: { id: string; action: WorkflowAction; baseRev: number; note?: string; schedule?: Schedule },
): Promise<SiteArticle> {
  const current = await loadForWrite(ctx, input.id, input.baseRev);
  const schedule = input.schedule ? normalizeSchedule(input.schedule) : undefined;
  const state = schedule && input.action === 'publish_now' ? { ...current, schedule } : current;
  const actor = { id: ctx.user.id, name: ctx.user.name, role: ctx.user.role };
  const checklist = ruleFor(input.action)?.requiresChecklist ? await checklistFor(ctx.trx, current) : undefined;
  const article = transitionArticle(state, input.action, actor, ctx.now, { note: input.note, checklist, schedule });
  await updateArticle(ctx.trx, article);
  return article;
}
