import type { ArticleStatus } from '../article/article';
import type { WorkflowAction } from './actions';
import { earliestGoLive, type Schedule } from './schedule';

/** What a scheduler needs to know about an article. */
export interface SchedulableArticle {
  id: string;
  status: ArticleStatus;
  schedule?: Schedule;
}

/** A transition the scheduler must apply now (with SYSTEM_ACTOR). */
export interface DueTransition {
  id: string;
  action: Extract<WorkflowAction, 'auto_publish' | 'auto_unpublish'>;
  /** When it became due (UTC ISO); earlier than now after a catch-up. */
  dueAt: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function dueFor(article: SchedulableArticle, now: number): DueTransition | null {
  const schedule = article.schedule ?? {};
  const expire = schedule.expireAt === undefined ? undefined : Date.parse(schedule.expireAt);
  if (article.status === 'published') {
    return expire !== undefined && expire <= now ? { id: article.id, action: 'auto_unpublish', dueAt: iso(expire) } : null;
  }
  if (article.status !== 'scheduled') return null;
  // Catch-up: if the whole window passed while no scheduler ran, the article is never shown.
  if (expire !== undefined && expire <= now) return { id: article.id, action: 'auto_unpublish', dueAt: iso(expire) };
  const goLive = earliestGoLive(schedule);
  return goLive !== undefined && goLive <= now ? { id: article.id, action: 'auto_publish', dueAt: iso(goLive) } : null;
}

/**
 * The scheduled articles that must go live and the published (or never-shown) ones that must
 * come down at `now`, oldest due first. Runs unchanged in the app's and the site's schedulers;
 * after a restart the same call catches up on everything missed. Publishing never happens
 * before the embargo ends, even for a stored schedule that breaks the embargo-before-publish rule.
 */
export function dueTransitions(articles: Iterable<SchedulableArticle>, now: Date): DueTransition[] {
  const due: DueTransition[] = [];
  for (const article of articles) {
    const transition = dueFor(article, now.getTime());
    if (transition) due.push(transition);
  }
  return due.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}

/** The next instant after `now` at which something becomes due, so a scheduler can sleep until then. */
export function nextDueAt(articles: Iterable<SchedulableArticle>, now: Date): string | null {
  let next = Infinity;
  for (const { status, schedule = {} } of articles) {
    const candidates: Array<number | undefined> = [];
    if (status === 'scheduled') candidates.push(earliestGoLive(schedule));
    if (status === 'scheduled' || status === 'published') candidates.push(schedule.expireAt === undefined ? undefined : Date.parse(schedule.expireAt));
    for (const t of candidates) if (t !== undefined && t > now.getTime() && t < next) next = t;
  }
  return Number.isFinite(next) ? iso(next) : null;
}
