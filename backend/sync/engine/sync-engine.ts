import type { Article, ArticleFields, ArticleStatus } from '../../../core/article/article';
import type { Schedule } from '../../../core/workflow/schedule';
import type { MergeChoice } from '../../../core/sync/merge';
import { conflictView, resolveConflict } from './conflicts';
import { createEngineState, load, persist } from './engine-state';
import { createLoop, syncNow } from './loop';
import { queueChanged } from './outbox';
import { allStatuses, conflictIds, engineInfo, statusOf } from './status';
import type { QueuedTeamOp } from '../../../core/sync/team-op';
import { enqueueTeamOp } from './team-outbox';
import type { ArticleConflictView, SyncEngineOptions, SyncRoundSummary } from './types';

export { siteStatusEntry } from './apply-local';
export { mediaIdsOf } from './media-upload';
export type { ArticleSyncStatus } from './status';
export type { ArticleConflictView, ConnectionState, FieldSaver, LoadMedia, SyncEngineOptions, SyncRoundSummary } from './types';

/** An article as last synced with a target. */
export interface SyncedBase {
  fields: ArticleFields;
  status: ArticleStatus;
  schedule: Schedule | null;
}

/**
 * Syncs the local store with one target: a persistent outbox of local edits (debounced from
 * the store's change events), pushes with idempotency keys and the remote revision they
 * started from, the target's changes feed by cursor, three-way merges, kept conflicts, and
 * retries with exponential backoff and jitter. Never overwrites an edit silently: what does
 * not merge stays local, with the site's version kept beside it until the user decides.
 *
 * The work is done by the units beside this file, all functions of one EngineState.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const ctx = createEngineState(options);
  const loop = createLoop(ctx);

  return {
    /** Starts listening to the store and the background loop. */
    start: (): Promise<void> => loop.start(),
    /** Runs a round now (`force`, the default: every queued article, at once). */
    syncNow: (force = true): Promise<SyncRoundSummary> => syncNow(ctx, force),
    /** Queues local changes at once (what the debounce would do a second later). */
    flush: async (): Promise<void> => {
      await load(ctx);
      queueChanged(ctx);
      await persist(ctx);
    },
    statusOf: (id: string) => statusOf(ctx, id),
    allStatuses: () => allStatuses(ctx),
    info: () => engineInfo(ctx),
    conflictIds: () => conflictIds(ctx),
    conflict: (id: string): Promise<ArticleConflictView | null> => conflictView(ctx, id),
    /**
     * The article as last synced with this target (the merge base, and the status the site had):
     * what a target reads fields it cannot hold from, so a pull never blanks them.
     */
    syncedBase: async (id: string): Promise<SyncedBase | null> => {
      await load(ctx);
      const fields = await ctx.files.readBase(id);
      const st = ctx.state.articles[id];
      return fields ? { fields, status: st?.baseStatus ?? 'draft', schedule: st?.baseSchedule ?? null } : null;
    },
    /** Whether this engine's site keeps a team (takes team ops, presence, has accounts). */
    hasTeam: (): boolean => ctx.team !== null,
    /** The team side of the target (account, presence), when the site keeps a team. */
    teamTarget: () => ctx.team?.target ?? null,
    /** Queues a team op durably (ignored by a site without a team). */
    enqueueTeamOp: (queued: QueuedTeamOp): Promise<void> => enqueueTeamOp(ctx, queued),
    /** The team ops waiting to be sent, in order. */
    teamOps: (): QueuedTeamOp[] => ctx.teamOutbox.ops.map((e) => e.queued),
    /** The site's id of a local article, when it is on the site. */
    remoteIdOf: async (id: string): Promise<string | null> => {
      await load(ctx);
      return ctx.state.articles[id]?.remoteId ?? null;
    },
    /** Applies the user's choice per field/block, saves locally and queues the push. */
    resolve: (id: string, choices: Record<string, MergeChoice>): Promise<Article> => resolveConflict(ctx, id, choices),
    /** Stops the background work and writes what is left. */
    close: (): Promise<void> => loop.stop(),
  };
}
/** One engine (see createSyncEngine). */
export type SyncEngine = ReturnType<typeof createSyncEngine>;
