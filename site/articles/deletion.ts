import { AppError } from '../../core/contract/result';
import type { SiteArticle } from './site-article';
import { updateArticle } from './store';
import { changedBy, conflict, loadForWrite, type WriteContext } from './write-context';

const DELETE_REFUSALS: Partial<Record<SiteArticle['status'], string>> = {
  published: 'The article is live. Unpublish it first.',
  scheduled: 'The article is scheduled. Unschedule it first.',
};

function assertMayDelete(ctx: WriteContext): void {
  if (ctx.user.role === 'reviewer') throw new AppError('FORBIDDEN', 'A reviewer may not delete or restore articles.');
}

/**
 * Soft-deletes an article (editor, publisher): it leaves every list and public page but stays
 * for staff and in the changes feed. Live and scheduled articles are refused (409). Deleting a
 * deleted article changes nothing.
 */
export async function deleteArticle(ctx: WriteContext, id: string): Promise<SiteArticle> {
  assertMayDelete(ctx);
  const current = await loadForWrite(ctx, id, undefined, true);
  if (current.deletedAt) return current;
  const refusal = DELETE_REFUSALS[current.status];
  if (refusal) throw conflict(refusal, current);
  return store(ctx, current, ctx.now.toISOString());
}

/** Brings a deleted article back as it was (restoring an undeleted one changes nothing). */
export async function restoreArticle(ctx: WriteContext, id: string): Promise<SiteArticle> {
  assertMayDelete(ctx);
  const current = await loadForWrite(ctx, id, undefined, true);
  return current.deletedAt ? store(ctx, current, null) : current;
}

async function store(ctx: WriteContext, current: SiteArticle, deletedAt: string | null): Promise<SiteArticle> {
  const article: SiteArticle = { ...current, deletedAt, rev: current.rev + 1, updatedAt: ctx.now.toISOString(), updatedBy: changedBy(ctx.user) };
  await updateArticle(ctx.trx, article);
  return article;
}
