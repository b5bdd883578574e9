import type { Article, ArticleFields } from '../../../core/article/article';
import type { ArticleStatus } from '../../../core/article/primitives';
import { AppError } from '../../../core/contract/result';
import { sameValue } from '../../../core/sync/merge';
import { TRANSITIONS } from '../../../core/workflow/actions';
import type { StatusHistoryEntry } from '../../../core/workflow/history';
import type { InitialState } from '../../articles/store/article-store';
import type { RemoteTeamState } from '../targets/team-target';
import { sameSchedule } from './compare';
import type { EngineState } from './engine-state';
import { statusHeld } from './team-outbox';

/**
 * The history entry for a status the site moved the article to (its scheduler published it, a
 * colleague changed it there): recorded like every other status change, by "Website".
 */
export function siteStatusEntry(from: ArticleStatus, to: ArticleStatus, atMs: number): StatusHistoryEntry {
  const automatic = from === 'scheduled' && to === 'published' ? 'auto_publish' : from === 'published' && to === 'unpublished' ? 'auto_unpublish' : null;
  const action = automatic ?? TRANSITIONS.find((r) => r.from.includes(from) && r.to === to)?.action ?? 'restore_draft';
  return { action, from, to, actor: { id: 'site', name: 'Website', role: 'system' }, at: new Date(atMs).toISOString() };
}

/** The local article, or null when it was deleted here (or its file is damaged). */
export async function localOrNull(ctx: EngineState, id: string): Promise<Article | null> {
  try {
    return await ctx.store.get(id);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'DAMAGED')) return null;
    throw err;
  }
}

/** Whether the article already has the site's team state (history, corrections, pending update). */
export const hasTeamState = (a: Article, team: RemoteTeamState): boolean =>
  sameValue(a.statusHistory, team.statusHistory) && sameValue(a.corrections ?? [], team.corrections) && sameValue(a.pendingUpdate ?? null, team.pendingUpdate);

/**
 * The state a new local copy of a site's article starts in (see applyLocally), so that it is
 * created in one durable write rather than created as a draft and then replaced.
 */
export function initialFromSite(ctx: EngineState, status: Article['status'], schedule: Article['schedule'], team?: RemoteTeamState): InitialState {
  const kept = schedule && Object.keys(schedule).length ? schedule : null;
  if (team) return { status, schedule: kept, statusHistory: team.statusHistory, corrections: team.corrections, pendingUpdate: team.pendingUpdate };
  return { status, schedule: kept, statusHistory: status !== 'draft' ? [siteStatusEntry('draft', status, ctx.now())] : [] };
}

/**
 * Writes the site's version into the local article: the fields through the field saver (as an
 * edit would), then status and schedule, with the site's history, corrections and pending
 * update when the site keeps a team (`team`), else with a history entry of our own. While a
 * status action waits in the team outbox, the local status, schedule and history stay: they
 * are the person's decision on its way to the site.
 */
export async function applyLocally(ctx: EngineState, local: Article, fields: ArticleFields, status: Article['status'], schedule: Article['schedule'], team?: RemoteTeamState): Promise<Article> {
  if (statusHeld(ctx, local.id)) {
    status = local.status;
    schedule = local.schedule;
    team = undefined;
  }
  let current = local;
  const changes: Partial<ArticleFields> = {};
  for (const [key, value] of Object.entries(fields) as Array<[keyof ArticleFields, unknown]>) {
    if (!sameValue(value, current[key])) (changes as Record<string, unknown>)[key] = value;
  }
  // A new headline goes with the slug it has on the other side. Left out, the field saver took
  // the unchanged local slug for a derived one and derived a new slug from the new headline: a
  // site edit of the headline (the site keeps its slug) left app and site with different slugs
  // while the record said synced (found by sync-crash.test.ts).
  if (changes.headline !== undefined && changes.slug === undefined) changes.slug = fields.slug;
  if (Object.keys(changes).length) current = await ctx.articles.save(current.id, current.rev, changes);
  if (team && (current.status !== status || !sameSchedule(current.schedule, schedule) || !hasTeamState(current, team))) {
    return ctx.store.replace({
      ...current,
      status,
      schedule: schedule && Object.keys(schedule).length ? schedule : null,
      statusHistory: team.statusHistory,
      corrections: team.corrections,
      pendingUpdate: team.pendingUpdate,
    });
  }
  if (current.status !== status || !sameSchedule(current.schedule, schedule)) {
    const entry = current.status !== status ? siteStatusEntry(current.status, status, ctx.now()) : null;
    current = await ctx.store.replace({
      ...current,
      status,
      schedule: schedule && Object.keys(schedule).length ? schedule : null,
      statusHistory: entry ? [...current.statusHistory, entry] : current.statusHistory,
    });
  }
  return current;
}
