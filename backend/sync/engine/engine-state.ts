import { DEFAULT_BACKOFF, type BackoffPolicy } from '../../../core/sync/backoff';
import type { SyncTarget } from '../../../core/sync/sync-target';
import type { ArticleStore } from '../../articles/store/article-store';
import { storageFailed } from '../../storage/storage-error';
import type { SyncFiles } from '../sync-files';
import type { ArticleSyncState, OutboxFile, SyncStateFile, TeamOutboxFile } from '../sync-state';
import { teamTargetOf, type TeamTarget } from '../targets/team-target';
import type { TeamSink } from '../team/team-port';
import { settleTakings } from './take-journal';
import type { ConnectionState, FieldSaver, LoadMedia, SyncEngineOptions, SyncRoundSummary } from './types';

/** The team side of an engine whose site keeps a team (the reference site); null for WordPress. */
export interface EngineTeam {
  readonly target: TeamTarget;
  /** The site's id, as the sink knows it. */
  readonly siteId: string;
  /** Where threads, inventory, presence, taken articles and refusals go (none: only ops are sent). */
  readonly sink: TeamSink | null;
}

/**
 * Everything one engine knows, in one place: its wiring and settings (fixed), and the state
 * the units share and change (the loaded records, the outbox, the connection). The units are
 * plain functions of this object, so what each one reads and writes is visible at its call.
 */
export interface EngineState {
  readonly target: SyncTarget;
  readonly store: ArticleStore;
  readonly articles: FieldSaver;
  readonly files: SyncFiles;
  readonly now: () => number;
  readonly random: () => number;
  readonly policy: BackoffPolicy;
  readonly debounceMs: number;
  readonly tickMs: number;
  readonly pullEveryMs: number;
  readonly pushConcurrency: number;
  readonly loadMedia: LoadMedia | undefined;
  readonly team: EngineTeam | null;

  /** The cursor and the per-article records (state.json and its shards). */
  state: SyncStateFile;
  outbox: OutboxFile;
  /** The team ops not sent yet, in the order they were taken. */
  teamOutbox: TeamOutboxFile;
  /** The team outbox changed since the last write. */
  teamDirty: boolean;
  /** Set once the files are being read; every entry point waits for it. */
  loaded: Promise<void> | null;
  /** The outbox (or the cursor) changed since the last write. */
  dirty: boolean;
  /** Only state.json changed (the last sync time): written without the outbox. */
  metaDirty: boolean;
  /** Articles whose record changed since the last write (only their shards are rewritten). */
  readonly dirtyIds: Set<string>;
  /** Local article id by remote id. */
  readonly byRemote: Map<string, string>;
  /** The newest local rev per article as the store announced it (cheaper than listing the store). */
  readonly latestRevs: Map<string, number>;
  /** Articles the store announced since they were last queued (the debounce collects them). */
  readonly changed: Set<string>;
  /** Images already on the site in this session (the site stores them by content, so a repeat is harmless). */
  readonly uploadedMedia: Set<string>;

  connection: ConnectionState;
  lastError: string | null;
  lastSyncAt: number | null;
  lastPullAt: number;
  /** The running round, if any (one at a time). */
  round: Promise<SyncRoundSummary> | null;
  /** Of the running round: changes taken while receiving a site's feed, then articles sent. */
  progress: { done: number; total: number; phase?: 'receiving' | 'sending' };
  closed: boolean;
}

/** A fresh engine state with the options' defaults; nothing is read yet. */
export function createEngineState(options: SyncEngineOptions): EngineState {
  return {
    target: options.target,
    store: options.store,
    articles: options.articles,
    files: options.files,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    policy: options.backoff ?? DEFAULT_BACKOFF,
    debounceMs: options.debounceMs ?? 1000,
    tickMs: options.tickMs ?? 1000,
    pullEveryMs: options.pullEveryMs ?? 15_000,
    pushConcurrency: options.pushConcurrency ?? 4,
    loadMedia: options.loadMedia,
    team: teamOf(options),
    state: { version: 1, cursor: null, articles: {} },
    outbox: { version: 1, entries: {} },
    teamOutbox: { version: 1, ops: [] },
    teamDirty: false,
    loaded: null,
    dirty: false,
    metaDirty: false,
    dirtyIds: new Set(),
    byRemote: new Map(),
    latestRevs: new Map(),
    changed: new Set(),
    uploadedMedia: new Set(),
    connection: 'unknown',
    lastError: null,
    lastSyncAt: null,
    lastPullAt: 0,
    round: null,
    progress: { done: 0, total: 0 },
    closed: false,
  };
}

/** The team side of the options' target, when its site has one. */
function teamOf(options: SyncEngineOptions): EngineTeam | null {
  const target = teamTargetOf(options.target);
  return target ? { target, siteId: options.team?.siteId ?? '', sink: options.team?.sink ?? null } : null;
}

/** Reads the state and the outboxes once; later calls wait for the same read. */
export const load = (ctx: EngineState): Promise<void> =>
  (ctx.loaded ??= (async () => {
    [ctx.state, ctx.outbox, ctx.teamOutbox] = await Promise.all([ctx.files.readState(), ctx.files.readOutbox(), ctx.files.readTeamOutbox()]);
    for (const [id, st] of Object.entries(ctx.state.articles)) if (st.remoteId) ctx.byRemote.set(st.remoteId, id);
    ctx.lastSyncAt ??= ctx.state.lastSyncAt ?? null;
    await settleTakings(ctx);
  })());

/** The message of the last failed persist per engine, so that the next good one can clear it. */
const persistErrors = new WeakMap<EngineState, string>();

/**
 * Writes what changed: the outbox and the state shards of the articles touched since the last
 * write. A failed write (a full disk) does not throw: what it should have written is marked
 * changed again, so the next persist writes it, and the reason is shown as the engine's
 * lastError. The state in memory stays right, so the round goes on (and after a restart
 * `reconcile` queues again whatever the outbox on disk lacks).
 */
export function persist(ctx: EngineState): Promise<void> {
  // One at a time: a caller that awaits persist (flush, the end of a round) also waits for a
  // write already started in the background (queueChanged), and sees its failure.
  const next = (persisting.get(ctx) ?? Promise.resolve()).catch(() => {}).then(() => persistNow(ctx));
  persisting.set(ctx, next);
  return next;
}

const persisting = new WeakMap<EngineState, Promise<void>>();

async function persistNow(ctx: EngineState): Promise<void> {
  if (!ctx.dirty && !ctx.dirtyIds.size && !ctx.teamDirty && !ctx.metaDirty) return;
  const ids = [...ctx.dirtyIds];
  const outboxToo = ctx.dirty;
  const teamToo = ctx.teamDirty;
  const metaToo = ctx.metaDirty;
  ctx.dirty = false;
  ctx.teamDirty = false;
  ctx.metaDirty = false;
  ctx.dirtyIds.clear();
  const writes = await Promise.allSettled([
    ctx.files.writeState(ctx.state, ids),
    outboxToo ? ctx.files.writeOutbox(ctx.outbox) : null,
    teamToo ? ctx.files.writeTeamOutbox(ctx.teamOutbox) : null,
  ]);
  const failed = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (!failed) {
    if (persistErrors.has(ctx) && ctx.lastError === persistErrors.get(ctx)) ctx.lastError = null;
    persistErrors.delete(ctx);
    return;
  }
  if (outboxToo) ctx.dirty = true;
  if (teamToo) ctx.teamDirty = true;
  if (metaToo) ctx.metaDirty = true;
  for (const id of ids) ctx.dirtyIds.add(id);
  const message = storageFailed('Saving the sync state', failed.reason, 'Free some space; nothing waiting to sync is lost, and it is saved again automatically.').message;
  persistErrors.set(ctx, message);
  ctx.lastError = message;
  console.error('[copydesk] saving the sync state failed:', failed.reason);
}

/** The record of an article the site has not seen yet. */
export const freshRecord = (): ArticleSyncState => ({ remoteId: null, remoteRev: null, syncedLocalRev: -1, baseStatus: null, baseSchedule: null, state: 'pending', reason: null });

/** Replaces an article's record (and remembers its remote id) for the next write. */
export function setArticle(ctx: EngineState, id: string, next: ArticleSyncState): void {
  ctx.state.articles[id] = next;
  if (next.remoteId) ctx.byRemote.set(next.remoteId, id);
  ctx.dirtyIds.add(id);
}
