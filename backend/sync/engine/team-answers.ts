import type { QueuedTeamOp } from '../../../core/sync/team-op';
import type { TeamRemoteArticle } from '../targets/team-target';
import { describeError } from './compare';
import { setArticle, type EngineState } from './engine-state';
import { plainRefusal } from './plain-refusal';
import { takeRemote } from './take-remote';

const warn = (what: string) => (err: unknown) => console.warn(`[copydesk] ${what}: ${describeError(err)}`);

/**
 * Takes the article a sent op answered (at its new rev), so remoteRev, baseStatus and the
 * history advance at once and the feed's copy of it is known. The app's own delete or restore
 * is noted as seen (the sink did it already when the person took it).
 */
export async function takeTeamAnswer(ctx: EngineState, articleId: string, article: TeamRemoteArticle): Promise<void> {
  const st = ctx.state.articles[articleId];
  if (st && article.team) setArticle(ctx, articleId, { ...st, deletedAt: article.team.deletedAt });
  await takeRemote(ctx, article, true).catch(warn(`taking ${articleId} after an op`));
}

/**
 * A definite refusal of an op: the site's current article is taken (status, schedule,
 * history; a refused deletion or restore is undone through the sink), the refusal becomes the
 * article's sync reason, and the sink hears why in plain words.
 */
export async function teamOpRefused(ctx: EngineState, queued: QueuedTeamOp, err: unknown, remoteId: string | null): Promise<void> {
  const current: TeamRemoteArticle | null = remoteId ? await ctx.target.fetch(remoteId).catch(() => null) : null;
  const articleId = 'articleId' in queued.op ? queued.op.articleId : null;
  if (current && articleId) {
    const kind = queued.op.kind;
    const st = ctx.state.articles[articleId];
    // Seen as the opposite of what the op wanted, so that following the site undoes the local step.
    if (st && current.team && (kind === 'article.delete' || kind === 'article.restore')) setArticle(ctx, articleId, { ...st, deletedAt: kind === 'article.delete' ? 'deleted-here' : null });
    await takeRemote(ctx, current, true).catch(warn(`taking ${articleId} after a refusal`));
  }
  const reason = plainRefusal(queued, err, current);
  const st = articleId ? ctx.state.articles[articleId] : undefined;
  if (articleId && st) setArticle(ctx, articleId, { ...st, reason: reason.en });
  console.warn(`[copydesk] the site refused ${queued.op.kind} ${articleId ?? ''}: ${reason.en}`);
  await ctx.team?.sink?.opRefused(ctx.team.siteId, queued, reason).catch(warn('reporting a refused op'));
}
