import type { ArticleSyncState } from '../sync-state';
import type { EngineState } from './engine-state';

/** An article's sync state as the UI shows it. */
export interface ArticleSyncStatus {
  state: ArticleSyncState['state'];
  reason: string | null;
}

/** One article's state, or null when this site does not know it; a conflict's reason is not shown. */
export function statusOf(ctx: EngineState, id: string): ArticleSyncStatus | null {
  const st = ctx.state.articles[id];
  const entry = ctx.outbox.entries[id];
  if (!st && !entry) return null;
  if (!st) return { state: 'pending', reason: entry?.lastError ?? null };
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
  queued: Object.keys(ctx.outbox.entries).length,
});

/** The articles with a conflict kept for the user. */
export const conflictIds = (ctx: EngineState): string[] =>
  Object.entries(ctx.state.articles)
    .filter(([, st]) => st.state === 'conflict')
    .map(([id]) => id);
