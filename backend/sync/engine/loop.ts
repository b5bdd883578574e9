import { load, persist, type EngineState } from './engine-state';
import { queueChanged, reconcile } from './outbox';
import { runRound } from './round';
import { teamOpsDue } from './team-outbox';
import type { SyncRoundSummary } from './types';

/** One sync round at a time; a caller during a round waits for it and then runs its own. */
export async function syncNow(ctx: EngineState, force = true): Promise<SyncRoundSummary> {
  while (ctx.round) await ctx.round.catch(() => {});
  ctx.round = runRound(ctx, force).finally(() => {
    ctx.round = null;
  });
  return ctx.round;
}

/** The background loop's look: a round when a push is due or the feed is due for a read. */
async function tick(ctx: EngineState): Promise<void> {
  if (ctx.round || ctx.closed) return;
  await load(ctx);
  const due = Object.values(ctx.outbox.entries).some((e) => e.nextAttemptAt !== null && e.nextAttemptAt <= ctx.now());
  if (due || teamOpsDue(ctx) || ctx.now() - ctx.lastPullAt >= ctx.pullEveryMs) await syncNow(ctx, false);
}

/**
 * The engine's background work: store change events queue their articles after a debounce,
 * and a timer runs a round whenever something is due. Only the timers live here.
 */
export function createLoop(ctx: EngineState) {
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let unsubscribe: (() => void) | null = null;

  return {
    /** Starts listening to the store and the background loop. */
    async start(): Promise<void> {
      await load(ctx);
      unsubscribe = ctx.store.onChange((id, summary) => {
        if (summary) ctx.latestRevs.set(id, summary.rev);
        else ctx.latestRevs.delete(id);
        ctx.changed.add(id);
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(() => queueChanged(ctx), ctx.debounceMs);
      });
      reconcile(ctx);
      if (ctx.tickMs > 0) {
        ticker = setInterval(() => void tick(ctx).catch((err: unknown) => console.error('[copydesk] sync failed:', err)), ctx.tickMs);
        ticker.unref?.();
      }
    },
    /** Stops the timers and the store listener, queues what is left, and waits for the running round. */
    async stop(): Promise<void> {
      ctx.closed = true;
      unsubscribe?.();
      if (debounce) clearTimeout(debounce);
      if (ticker) clearInterval(ticker);
      queueChanged(ctx);
      await ctx.round?.catch(() => {});
      // The round writes "Last sync" at most once a minute; the final write keeps the exact one.
      if (ctx.lastSyncAt !== null && ctx.lastSyncAt !== ctx.state.lastSyncAt) {
        ctx.state.lastSyncAt = ctx.lastSyncAt;
        ctx.metaDirty = true;
      }
      await persist(ctx).catch(() => {});
    },
  };
}
