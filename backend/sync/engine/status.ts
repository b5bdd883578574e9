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

/** The connection and the progress of the running round. */
export const engineInfo = (ctx: EngineState) => ({
  connection: ctx.connection,
  lastError: ctx.lastError,
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
