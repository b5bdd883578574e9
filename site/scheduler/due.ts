import { effectivePublishAt, type SiteArticle } from '../articles/site-article';

/** What the scheduler does to one article at `now`, if anything. */
export type DueAction = { action: 'publish'; to: 'published' } | { action: 'unpublish'; to: 'unpublished' } | null;

/**
 * LOCAL rule (core/workflow's dueTransitions replaces it once it exists): a scheduled article
 * goes live at max(publishAt, embargoUntil); a live article comes down at expireAt; a scheduled
 * article whose expiry passed while the server was down never goes live at all.
 */
export function dueAction(article: SiteArticle, now: Date): DueAction {
  const t = now.getTime();
  const expired = article.schedule.expireAt !== null && Date.parse(article.schedule.expireAt) <= t;
  if (article.status === 'published' && expired) return { action: 'unpublish', to: 'unpublished' };
  if (article.status !== 'scheduled') return null;
  if (expired) return { action: 'unpublish', to: 'unpublished' };
  const start = effectivePublishAt(article.schedule);
  return start !== null && Date.parse(start) <= t ? { action: 'publish', to: 'published' } : null;
}
