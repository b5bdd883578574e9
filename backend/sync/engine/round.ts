import { backoffDelay } from '../../../core/sync/backoff';
import { SyncFailure } from '../../../core/sync/sync-target';
import { mapLimit } from '../../storage/map-limit';
import { describeError } from './compare';
import { load, persist, type EngineState } from './engine-state';
import { queueChanged, reconcile } from './outbox';
import { pullAll } from './pull';
import { pushOne } from './push';
import { sendTeamOps } from './team-send';
import type { SyncRoundSummary } from './types';

/**
 * One sync round: queue what changed, read the changes feed, push what is due, then send the
 * team ops in order (`force`: everything queued, and pushes even when the feed could not be read).
 */
export async function runRound(ctx: EngineState, force: boolean): Promise<SyncRoundSummary> {
  await load(ctx);
  queueChanged(ctx);
  reconcile(ctx);
  const summary: SyncRoundSummary = { pushed: 0, pulled: 0, conflicts: 0, failed: 0 };
  // First contact after a start, or back after being offline: everything queued goes out at once.
  const wasOffline = ctx.connection === 'offline' || ctx.connection === 'unknown';
  try {
    await pullAll(ctx, summary);
  } catch (err) {
    ctx.lastError = describeError(err);
    if (err instanceof SyncFailure) {
      ctx.connection = err.kind === 'auth' ? 'auth_failed' : err.kind === 'forbidden' ? 'forbidden' : 'offline';
      ctx.lastPullAt = ctx.now() - ctx.pullEveryMs + backoffDelay(2, ctx.random, ctx.policy);
    }
    await persist(ctx);
    if (!force) return summary;
  }
  if (wasOffline && ctx.connection === 'online') force = true; // back online: catch up at once
  const due = Object.entries(ctx.outbox.entries)
    .filter(([, e]) => force || (e.nextAttemptAt !== null && e.nextAttemptAt <= ctx.now()))
    .map(([id]) => id);
  ctx.progress = { done: 0, total: due.length, phase: 'sending' };
  // A few pushes in flight at once (each article's own state only); offline stops the rest.
  await mapLimit(due, ctx.pushConcurrency, async (id) => {
    if (ctx.closed || (ctx.connection === 'offline' && !force && ctx.progress.done > 0)) return;
    const outcome = await pushOne(ctx, id);
    if (outcome === 'pushed') summary.pushed++;
    else if (outcome === 'conflict') summary.conflicts++;
    else if (outcome === 'failed' || outcome === 'retry') summary.failed++;
    ctx.progress.done++;
    if (ctx.progress.done % 200 === 0) await persist(ctx);
  });
  // After the fields: an action on a new article needs the article on the site first.
  if (!ctx.closed) await sendTeamOps(ctx, force);
  if (ctx.connection === 'online') {
    ctx.lastError = null;
    ctx.lastSyncAt = ctx.now();
    // Kept in state.json so "Last sync" survives a restart; written at most once a minute while idle.
    if (ctx.lastSyncAt - (ctx.state.lastSyncAt ?? 0) >= 60_000) {
      ctx.state.lastSyncAt = ctx.lastSyncAt;
      ctx.metaDirty = true;
    }
  }
  await persist(ctx);
  return summary;
}
