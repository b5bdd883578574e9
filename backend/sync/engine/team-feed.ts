import type { Article } from '../../../core/article/article';
import type { TeamChangesPage, TeamRemoteArticle } from '../targets/team-target';
import { describeError } from './compare';
import { setArticle, type EngineState } from './engine-state';

const warn = (what: string) => (err: unknown) => console.warn(`[copydesk] ${what}: ${describeError(err)}`);

/**
 * Follows the site's deletedAt of an article: when it changed since last seen, the sink moves
 * the article to the trash (set) or back (cleared). Answers whether the site has it deleted
 * now (then its content is not taken; an article never seen here is not created).
 */
export async function followDeletion(ctx: EngineState, id: string, remote: TeamRemoteArticle): Promise<boolean> {
  if (!ctx.team || !remote.team) return false;
  const next = remote.team.deletedAt;
  const st = ctx.state.articles[id];
  if (!st) return next !== null;
  if ((st.deletedAt ?? null) === next) return next !== null;
  // The sink must have done it before the content is taken (a restored article is there again);
  // recorded only once it did, so a failed move is tried again with the next sight of it.
  await ctx.team.sink?.articleDeleted(ctx.team.siteId, id, next, remote.team.updatedBy ?? null);
  setArticle(ctx, id, { ...ctx.state.articles[id]!, deletedAt: next });
  return next !== null;
}

/** Tells the sink the engine took the site's version of an article (history, revisions, inbox); never fails the take. */
export async function tellTaken(ctx: EngineState, before: Article | null, after: Article, remote: TeamRemoteArticle): Promise<void> {
  if (!ctx.team?.sink) return;
  await ctx.team.sink.articleTaken(ctx.team.siteId, before, after, remote.team?.updatedBy ?? null).catch(warn(`recording ${after.id} as taken from the site`));
}

/**
 * Hands a feed page's threads and inventory to the sink. A sink that fails (a full disk)
 * fails the pull before the cursor moves past the page, so nothing is skipped.
 */
export async function takeTeamParts(ctx: EngineState, page: TeamChangesPage): Promise<void> {
  const sink = ctx.team?.sink;
  if (!sink || !page.team) return;
  if (page.team.threads.length) await sink.applyThreads(ctx.team!.siteId, page.team.threads);
  if (page.team.ads.length) await sink.applyAds(ctx.team!.siteId, page.team.ads);
}

/** Hands the current presence list to the sink (replaced each round; never fails the round). */
export function takePresence(ctx: EngineState, page: TeamChangesPage): void {
  const sink = ctx.team?.sink;
  if (!sink || !page.team) return;
  try {
    sink.applyPresence(ctx.team!.siteId, page.team.presence);
  } catch (err) {
    warn('showing who is editing')(err);
  }
}
