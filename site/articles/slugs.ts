import { slugify, uniqueSlug, uniqueSlugPrefix } from '../../core/article/slug';
import { AppError } from '../../core/contract/result';
import type { SiteExecutor } from '../db/schema';
import { articleIdBySlug, slugsLike } from './store';

/**
 * Keeps the requested slug when no other article uses it (in its working copy or its live
 * version); derives a free one from the headline when empty.
 */
export async function resolveSlug(trx: SiteExecutor, id: string, requested: string, headline: string): Promise<string> {
  if (requested) {
    const owner = await articleIdBySlug(trx, requested, id);
    if (owner) throw new AppError('CONFLICT', `The slug "${requested}" is used by another article.`, { slug: requested });
    return requested;
  }
  const base = slugify(headline) || 'artikel';
  return uniqueSlug(base, await slugsLike(trx, uniqueSlugPrefix(base)));
}
