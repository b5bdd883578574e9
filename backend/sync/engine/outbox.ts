import { backoffDelay } from '../../../core/sync/backoff';
import { PUBLISHED_EARLY_NOTE, SyncFailure, type RemoteArticle } from '../../../core/sync/sync-target';
import { describeError, fieldsHash } from './compare';
import { freshRecord, persist, setArticle, type EngineState } from './engine-state';

/** A failure that retrying cannot help waits (null) for a new edit or "Sync now". */
const FAR = null;

/**
 * Queues an article at `rev`. The key names the local rev and the remote rev it starts from,
 * so a retry of the same change is recognised by the site. Kept conflicts are not queued.
 */
export function enqueue(ctx: EngineState, id: string, rev: number): void {
  const st = ctx.state.articles[id];
  if (st?.state === 'conflict') return;
  const existing = ctx.outbox.entries[id];
  ctx.outbox.entries[id] = {
    idempotencyKey: `cd-${id}-${rev}-${st?.remoteRev ?? 'new'}`,
    attempts: 0,
    nextAttemptAt: ctx.now(),
    lastError: existing?.lastError ?? null,
    enqueuedAt: existing?.enqueuedAt ?? ctx.now(),
  };
  if (st && st.state !== 'pending') setArticle(ctx, id, { ...st, state: 'pending', reason: null });
  ctx.dirty = true;
}

/** Takes an article out of the outbox. */
export function dropEntry(ctx: EngineState, id: string): void {
  delete ctx.outbox.entries[id];
  ctx.dirty = true;
}

/** Queues every article whose current rev the site does not have yet. */
export function reconcile(ctx: EngineState, ids?: Iterable<string>): void {
  const wanted = ids ? new Set(ids) : null;
  for (const summary of ctx.store.list()) {
    if (summary.damaged || (wanted && !wanted.has(summary.id))) continue;
    const st = ctx.state.articles[summary.id];
    if (st && st.syncedLocalRev === summary.rev) continue;
    const entry = ctx.outbox.entries[summary.id];
    if (entry && entry.idempotencyKey.startsWith(`cd-${summary.id}-${summary.rev}-`)) continue;
    enqueue(ctx, summary.id, summary.rev);
  }
}

/** Queues what the store announced since the last time, and writes the outbox in the background. */
export function queueChanged(ctx: EngineState): void {
  if (!ctx.changed.size) return;
  const ids = [...ctx.changed];
  ctx.changed.clear();
  reconcile(ctx, ids);
  void persist(ctx).catch((err: unknown) => console.error('[copydesk] saving the outbox failed:', err));
}

/**
 * Records a failed push: retryable failures wait with exponential backoff and jitter (or the
 * site's Retry-After), the others wait for a new edit. Also notes what it says about the connection.
 */
export function failEntry(ctx: EngineState, id: string, err: unknown): 'retry' | 'failed' {
  const entry = ctx.outbox.entries[id];
  const failure = err instanceof SyncFailure ? err : null;
  const message = describeError(err);
  const retryable = failure ? failure.retryable : true;
  const st = ctx.state.articles[id];
  if (entry) {
    const delay = failure?.kind === 'rate_limited' && failure.extra.retryAfterMs ? failure.extra.retryAfterMs : backoffDelay(entry.attempts, ctx.random, ctx.policy);
    ctx.outbox.entries[id] = { ...entry, attempts: entry.attempts + 1, lastError: message, nextAttemptAt: retryable ? ctx.now() + delay : FAR };
    ctx.dirty = true;
  }
  setArticle(ctx, id, { ...(st ?? freshRecord()), state: retryable ? 'pending' : 'failed', reason: message });
  if (failure?.kind === 'auth') ctx.connection = 'auth_failed';
  else if (failure?.kind === 'unavailable') ctx.connection = 'offline';
  return retryable ? 'retry' : 'failed';
}

/** The site has `remote` and it matches local rev `localRev` (-1: matches no local rev): done, out of the outbox. */
export function recordSynced(ctx: EngineState, id: string, remote: RemoteArticle, localRev: number): void {
  // "Published at once" stays true of the article after later syncs.
  const note = ctx.state.articles[id]?.reason === PUBLISHED_EARLY_NOTE ? PUBLISHED_EARLY_NOTE : null;
  // localRev -1: the site took an older version than the one here (an update whose answer was
  // lost, settled after a later edit). That acknowledges the old request only: the newer edit
  // keeps its outbox entry and the article stays pending until the site holds it.
  const older = localRev < 0;
  // A status the account's role could not reach is told once its actions are through (team-catch-up.ts).
  const short = ctx.state.articles[id]?.catchUpShort;
  setArticle(ctx, id, {
    ...(short ? { catchUpShort: short } : {}),
    remoteId: remote.remoteId,
    remoteRev: remote.remoteRev,
    syncedLocalRev: localRev,
    baseStatus: remote.status,
    baseSchedule: remote.schedule,
    state: older ? 'pending' : 'synced',
    reason: note,
    baseHash: fieldsHash(remote.fields),
  });
  if (!older && ctx.outbox.entries[id]) dropEntry(ctx, id);
  if (older && !ctx.outbox.entries[id]) {
    const latest = ctx.store.summary(id)?.rev;
    if (latest !== undefined) enqueue(ctx, id, latest);
  }
}
