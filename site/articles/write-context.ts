import { AppError } from '../../core/contract/result';
import type { SiteUser } from '../auth/users';
import type { SqlEngine } from '../db/dialect';
import type { SiteExecutor } from '../db/schema';
import { apiArticle } from './live-version';
import type { SiteArticle } from './site-article';
import { getArticleForUpdate } from './store';

/** Who acts, when, on which engine: shared by every write. */
export interface WriteContext {
  trx: SiteExecutor;
  engine: SqlEngine;
  user: SiteUser;
  now: Date;
}

/** A 409 whose details carry the site's current article (as the API answers it). */
export const conflict = (message: string, current: SiteArticle): AppError => new AppError('CONFLICT', message, { current: apiArticle(current) });

/** Who made a change, as recorded on the article. */
export const changedBy = (user: SiteUser): { id: string; name: string } => ({ id: user.id, name: user.name });

/**
 * The article under lock, checked against the client's base revision when one is given (409
 * with the current one). A deleted article takes no changes but its restore (`allowDeleted`).
 */
export async function loadForWrite(ctx: WriteContext, id: string, baseRev: number | undefined, allowDeleted = false): Promise<SiteArticle> {
  const current = await getArticleForUpdate(ctx.trx, id, ctx.engine);
  if (!current) throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
  if (current.deletedAt && !allowDeleted) throw conflict('The article is deleted; restore it first.', current);
  if (baseRev !== undefined && baseRev !== current.rev) {
    throw conflict(`The article changed on the site (revision ${current.rev}, you sent ${baseRev}).`, current);
  }
  return current;
}

/** Reviewers comment and act; they do not change the text. */
export function assertMayEdit(user: SiteUser): void {
  if (user.role === 'reviewer') throw new AppError('FORBIDDEN', 'A reviewer token cannot change article content.');
}
