import type { ArticleSyncState } from '../sync-state';
import type { EngineState } from './engine-state';

/** An article's sync state as the UI shows it. */
export interface ArticleSyncStatus {
  state: ArticleSyncState['state'];
  reason: string | null;
}

/** The first team op of the article waiting to be sent. */
const waitingOp = (ctx: EngineState, id: string) => ctx.teamOutbox.ops.find((e) => 'articleId' in e.queued.op && e.queued.op.articleId === id);

/**
 * One article's state, or null when this site does not know it; a conflict's reason is not
 * shown. A synced article with a team op on its way (an action, a comment) is pending.
 */
export function statusOf(ctx: EngineState, id: string): ArticleSyncStatus | null {
  const st = ctx.state.articles[id];
  const entry = ctx.outbox.entries[id];
  if (!st && !entry) return null;
  if (!st) return { state: 'pending', reason: entry?.lastError ?? null };
  const op = st.state === 'synced' ? waitingOp(ctx, id) : undefined;
  if (op) return { state: 'pending', reason: op.lastError };
  return { state: st.state, reason: st.state === 'conflict' ? null : st.reason };
}

/** Every article this site knows (recorded or queued). */
export function allStatuses(ctx: EngineState): Record<string, ArticleSyncStatus> {
  const out: Record<string, ArticleSyncStatus> = {};
  for (const id of new Set([...Object.keys(ctx.state.articles), ...Object.keys(ctx.outbox.entries)])) out[id] = statusOf(ctx, id)!;
  return out;
}

/** Something this site did not take, and why: an article's push or a team op (an action, a comment). */
export interface SiteFailure {
  /** The article it is about; null for an op of no article. */
  articleId: string | null;
  /** The site's refusal or the transport's error, as the engine recorded it. */
  reason: string;
  /** When it is tried again by itself (epoch ms); null: only on "Sync now"/"Retry" or a new edit. */
  nextAttemptAt: number | null;
}

/** How many failures a site lists; the rest are counted by `queued`. */
const FAILURES_SHOWN = 20;

/**
 * What is waiting because it failed, one entry per article (its push first, else its first op,
 * else its record's reason): the Sites screen shows these instead of a bare "Waiting to send".
 */
export function failuresOf(ctx: EngineState): SiteFailure[] {
  const out = new Map<string, SiteFailure>();
  const when = (at: number | null) => (at !== null && Number.isFinite(at) ? at : null);
  // Only the first FAILURES_SHOWN are shown: stop collecting there (info() runs per presence send).
  const full = () => out.size >= FAILURES_SHOWN;
  for (const [id, e] of Object.entries(ctx.outbox.entries)) {
    if (full()) break;
    if (e.lastError) out.set(id, { articleId: id, reason: e.lastError, nextAttemptAt: when(e.nextAttemptAt) });
  }
  for (const [i, e] of ctx.teamOutbox.ops.entries()) {
    if (full()) break;
    if (!e.lastError) continue;
    const articleId = 'articleId' in e.queued.op ? e.queued.op.articleId : null;
    const key = articleId ?? `op-${i}`;
    if (!out.has(key)) out.set(key, { articleId, reason: e.lastError, nextAttemptAt: when(e.nextAttemptAt) });
  }
  for (const [id, st] of Object.entries(ctx.state.articles)) {
    if (full()) break;
    if (st.state === 'failed' && st.reason && !out.has(id)) out.set(id, { articleId: id, reason: st.reason, nextAttemptAt: null });
  }
  return [...out.values()];
}

/** The connection and the progress of the running round. */
export const engineInfo = (ctx: EngineState) => ({
  connection: ctx.connection,
  lastError: ctx.lastError,
  failures: failuresOf(ctx),
  lastSyncAt: ctx.lastSyncAt,
  running: ctx.round !== null,
  progress: { ...ctx.progress },
  queued: Object.keys(ctx.outbox.entries).length + ctx.teamOutbox.ops.length,
});

/** The articles with a conflict kept for the user. */
export const conflictIds = (ctx: EngineState): string[] =>
  Object.entries(ctx.state.articles)
    .filter(([, st]) => st.state === 'conflict')
    .map(([id]) => id);
