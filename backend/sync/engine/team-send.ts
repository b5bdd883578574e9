import { backoffDelay } from '../../../core/sync/backoff';
import { SyncFailure } from '../../../core/sync/sync-target';
import type { QueuedTeamOp } from '../../../core/sync/team-op';
import { PUBLISH_TIME_PASSED } from '../../../core/workflow/transition';
import type { TeamOutboxEntry } from '../sync-state';
import type { TeamTarget } from '../targets/team-target';
import { localOrNull } from './apply-local';
import { describeError } from './compare';
import type { EngineState } from './engine-state';
import { takeTeamAnswer, teamOpRefused } from './team-answers';
import { forgetCatchUpShort, tellCatchUpShort } from './team-catch-up';
import { asPersonOf } from './sending-as';
import { dropTeamOp } from './team-outbox';

/** The article an op acts on, or null for inventory ops. */
const articleOf = (q: QueuedTeamOp): string | null => ('articleId' in q.op ? q.op.articleId : null);

/**
 * Sends an op. A schedule whose time passed while it was queued (offline) is published now, as
 * the app's own scheduler would. An op whose earlier answer was lost (`resent`) is asked twice
 * before a refusal counts: a resend that reached the site while the first request was still
 * being written there is refused (the action no longer fits the status it made) although the
 * first landed; asked again, the site replays the first request's stored answer.
 */
async function sendOne(target: TeamTarget, queued: QueuedTeamOp, remoteId: string | null, resent: boolean) {
  return asPersonOf(queued.by.role, () => sendAsIs(target, queued, remoteId, resent));
}

async function sendAsIs(target: TeamTarget, queued: QueuedTeamOp, remoteId: string | null, resent: boolean) {
  try {
    return await target.sendOp(queued, remoteId).catch((err: unknown) => (resent && err instanceof SyncFailure && !err.retryable && err.kind !== 'auth' ? target.sendOp(queued, remoteId) : Promise.reject(err)));
  } catch (err) {
    const op = queued.op;
    if (op.kind !== 'action' || op.request.action !== 'schedule' || !(err instanceof SyncFailure) || !err.message.includes(PUBLISH_TIME_PASSED.en)) throw err;
    return target.sendOp({ ...queued, id: `${queued.id}-now`, op: { ...op, request: { ...op.request, action: 'publish_now' } } }, remoteId);
  }
}

/** A retryable failure: the op waits with backoff (or the site's Retry-After), and everything after it waits too. */
function backOff(ctx: EngineState, entry: TeamOutboxEntry, err: unknown): void {
  const failure = err instanceof SyncFailure ? err : null;
  const delay = failure?.kind === 'rate_limited' && failure.extra.retryAfterMs ? failure.extra.retryAfterMs : backoffDelay(entry.attempts, ctx.random, ctx.policy);
  entry.attempts++;
  entry.lastError = describeError(err);
  entry.nextAttemptAt = ctx.now() + delay;
  ctx.teamDirty = true;
  if (failure?.kind === 'auth') ctx.connection = 'auth_failed';
  else if (failure?.kind === 'unavailable') ctx.connection = 'offline';
}

/**
 * Sends the team ops in the order they were taken, after the round's field pushes; each
 * article's ops (and the inventory's) keep their order. An op whose article is not on the
 * site yet waits (with the later ops of that article) until its create lands; a retryable
 * failure (or a wrong token: the ops are the person's work) backs the op off and stops the
 * pass; a definite refusal drops the op, takes the site's state of the article and tells the
 * sink why. Answers how many ops the site took.
 */
export async function sendTeamOps(ctx: EngineState, force: boolean): Promise<number> {
  const team = ctx.team;
  if (!team || !ctx.teamOutbox.ops.length) return 0;
  const waiting = new Set<string>();
  let sent = 0;
  for (const entry of [...ctx.teamOutbox.ops]) {
    if (ctx.closed) break;
    // One lane per article (and one for the inventory): an op waits for the ones before it in its lane.
    const articleId = articleOf(entry.queued);
    const lane = articleId ?? 'ads';
    if (waiting.has(lane) || (!force && entry.nextAttemptAt > ctx.now())) {
      waiting.add(lane);
      continue;
    }
    const st = articleId ? ctx.state.articles[articleId] : undefined;
    const remoteId = st?.remoteId && !st.creating ? st.remoteId : null;
    if (articleId && !remoteId) {
      // Not on the site yet: wait while it is here (its create is queued, or it is still blank),
      // looked at again with the next read of the feed, not every tick; an article deleted
      // here before it ever reached the site takes no op.
      if (ctx.outbox.entries[articleId] || st?.creating || (await localOrNull(ctx, articleId))) {
        entry.nextAttemptAt = ctx.now() + ctx.pullEveryMs;
        ctx.teamDirty = true;
        waiting.add(lane);
      } else dropTeamOp(ctx, entry.queued.id);
      continue;
    }
    try {
      const { article } = await sendOne(team.target, entry.queued, remoteId, entry.attempts > 0);
      ctx.connection = 'online';
      dropTeamOp(ctx, entry.queued.id);
      sent++;
      if (article && articleId) {
        await takeTeamAnswer(ctx, articleId, article);
        await tellCatchUpShort(ctx, articleId, article);
      }
    } catch (err) {
      if (!(err instanceof SyncFailure) || err.retryable || err.kind === 'auth') {
        backOff(ctx, entry, err);
        break;
      }
      ctx.connection = 'online';
      dropTeamOp(ctx, entry.queued.id);
      await teamOpRefused(ctx, entry.queued, err, remoteId);
      // Told already why it stopped: a status the role could not reach is not told on top.
      if (articleId) forgetCatchUpShort(ctx, articleId);
    }
  }
  return sent;
}
