import { runChecklist } from '../../core/checklist/index';
import type { SiteExecutor } from '../db/schema';
import type { SiteArticle } from './site-article';
import { articleIdBySlug } from './store';

/** Runs core's pre-flight checklist on the stored article: the site never trusts a client's result. */
export async function checklistFor(trx: SiteExecutor, article: SiteArticle) {
  const clash = await articleIdBySlug(trx, article.slug, article.id);
  return runChecklist(article, { otherSlugs: new Set(clash ? [article.slug] : []) });
}
