import { createHash } from 'node:crypto';
import { articleFieldsSchema, idSchema, newArticleFields, type Article, type ArticleFields } from '../../core/article/article';
import type { BodyNode } from '../../core/article/body-schema';
import type { ArticleStatus } from '../../core/article/primitives';
import { TRANSITIONS } from '../../core/workflow/actions';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from '../../core/sync/backoff';
import { canonicalJson, mergeArticleFields, sameValue, type MergeChoice, type MergeConflict } from '../../core/sync/merge';
import { PUBLISHED_EARLY_NOTE, SyncFailure, type RemoteArticle, type SyncTarget } from '../../core/sync/sync-target';
import { AppError } from '../../core/contract/result';
import type { ArticleStore } from '../articles/store/article-store';
import { mapLimit } from '../storage/map-limit';
import { editorFieldsOf } from '../../core/article/fields';
import type { ArticleSyncState, ConflictCopy, OutboxFile, SyncFiles, SyncStateFile } from './sync-state';

/** Saves editor fields the way the UI does (slug kept unique, search index updated). */
export interface FieldSaver {
  save(id: string, baseRev: number, changes: Partial<ArticleFields>): Promise<Article>;
}

export interface SyncEngineOptions {
  target: SyncTarget;
  store: ArticleStore;
  articles: FieldSaver;
  files: SyncFiles;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Local edits are queued this long after the last change (default 1 s). */
  debounceMs?: number;
  /** How often the background loop looks for due work (default 1 s); 0 disables the loop. */
  tickMs?: number;
  /** How often the changes feed is read when nothing else happens (default 15 s). */
  pullEveryMs?: number;
  /**
   * The bytes of a local image: when given, the images an article uses (lead image, inline
   * figures) are uploaded once before it is pushed, so the site can show them.
   */
  loadMedia?: (mediaId: string) => Promise<{ bytes: Uint8Array; mime: string } | null>;
  /** Pushes in flight at once (default 4). */
  pushConcurrency?: number;
}

export type ConnectionState = 'unknown' | 'online' | 'offline' | 'auth_failed' | 'forbidden';

export interface SyncRoundSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
  failed: number;
}

export interface ArticleConflictView {
  id: string;
  base: ArticleFields;
  local: ArticleFields;
  remote: ArticleFields;
  remoteRev: string;
  conflicts: MergeConflict[];
}

const FAR = null;
const sameSchedule = (a: Article['schedule'], b: Article['schedule']) =>
  sameValue(a && Object.keys(a).length ? a : null, b && Object.keys(b).length ? b : null);

/**
 * The history entry for a status the site moved the article to (its scheduler published it, a
 * colleague changed it there): recorded like every other status change, by "Website".
 */
export function siteStatusEntry(from: ArticleStatus, to: ArticleStatus, atMs: number): StatusHistoryEntry {
  const automatic = from === 'scheduled' && to === 'published' ? 'auto_publish' : from === 'published' && to === 'unpublished' ? 'auto_unpublish' : null;
  const action = automatic ?? TRANSITIONS.find((r) => r.from.includes(from) && r.to === to)?.action ?? 'restore_draft';
  return { action, from, to, actor: { id: 'site', name: 'Website', role: 'system' }, at: new Date(atMs).toISOString() };
}

/** The media ids an article refers to: its lead image and every inline figure. */
export function mediaIdsOf(article: Pick<Article, 'leadImage' | 'body'>): string[] {
  const ids = new Set<string>();
  if (article.leadImage.mediaId) ids.add(article.leadImage.mediaId);
  const walk = (nodes: BodyNode[] | undefined) => {
    for (const node of nodes ?? []) {
      const id = node.type === 'figure' ? node.attrs?.mediaId : undefined;
      if (typeof id === 'string' && id) ids.add(id);
      walk(node.content);
    }
  };
  walk(article.body.content);
  return [...ids];
}

const fieldsHash = (fields: ArticleFields): string => createHash('sha256').update(canonicalJson(fields)).digest('base64url').slice(0, 22);

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Syncs the local store with one target: a persistent outbox of local edits (debounced from
 * the store's change events), pushes with idempotency keys and the remote revision they
 * started from, the target's changes feed by cursor, three-way merges, kept conflicts, and
 * retries with exponential backoff and jitter. Never overwrites an edit silently: what does
 * not merge stays local, with the site's version kept beside it until the user decides.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { target, store, articles, files } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const debounceMs = options.debounceMs ?? 1000;
  const tickMs = options.tickMs ?? 1000;
  const pullEveryMs = options.pullEveryMs ?? 15_000;
  const pushConcurrency = options.pushConcurrency ?? 4;

  let state: SyncStateFile = { version: 1, cursor: null, articles: {} };
  let outbox: OutboxFile = { version: 1, entries: {} };
  let loaded: Promise<void> | null = null;
  let connection: ConnectionState = 'unknown';
  let lastError: string | null = null;
  let lastSyncAt: number | null = null;
  let lastPullAt = 0;
  let round: Promise<SyncRoundSummary> | null = null;
  let progress = { done: 0, total: 0 };
  const changed = new Set<string>();
  /** The newest local rev per article as the store announced it (cheaper than listing the store). */
  const latestRevs = new Map<string, number>();
  /** Local article id by remote id. */
  const byRemote = new Map<string, string>();
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let unsubscribe: (() => void) | null = null;
  /** The outbox (or the cursor) changed since the last write. */
  let dirty = false;
  const dirtyIds = new Set<string>();
  let closed = false;

  const load = () =>
    (loaded ??= (async () => {
      [state, outbox] = await Promise.all([files.readState(), files.readOutbox()]);
      for (const [id, st] of Object.entries(state.articles)) if (st.remoteId) byRemote.set(st.remoteId, id);
    })());

  /** Writes what changed: the outbox and the state shards of the articles touched since the last write. */
  async function persist(): Promise<void> {
    if (!dirty && !dirtyIds.size) return;
    const ids = [...dirtyIds];
    const outboxToo = dirty;
    dirty = false;
    dirtyIds.clear();
    await Promise.all([files.writeState(state, ids), outboxToo ? files.writeOutbox(outbox) : null]);
  }

  const fresh = (): ArticleSyncState => ({ remoteId: null, remoteRev: null, syncedLocalRev: -1, baseStatus: null, baseSchedule: null, state: 'pending', reason: null });
  const setArticle = (id: string, next: ArticleSyncState) => {
    state.articles[id] = next;
    if (next.remoteId) byRemote.set(next.remoteId, id);
    dirtyIds.add(id);
  };

  function enqueue(id: string, rev: number): void {
    const st = state.articles[id];
    if (st?.state === 'conflict') return;
    const existing = outbox.entries[id];
    outbox.entries[id] = {
      idempotencyKey: `cd-${id}-${rev}-${st?.remoteRev ?? 'new'}`,
      attempts: 0,
      nextAttemptAt: now(),
      lastError: existing?.lastError ?? null,
      enqueuedAt: existing?.enqueuedAt ?? now(),
    };
    if (st && st.state !== 'pending') setArticle(id, { ...st, state: 'pending', reason: null });
    dirty = true;
  }

  /** Queues every article whose current rev the site does not have yet. */
  function reconcile(ids?: Iterable<string>): void {
    const wanted = ids ? new Set(ids) : null;
    for (const summary of store.list()) {
      if (summary.damaged || (wanted && !wanted.has(summary.id))) continue;
      const st = state.articles[summary.id];
      if (st && st.syncedLocalRev === summary.rev) continue;
      if (outbox.entries[summary.id] && outbox.entries[summary.id]!.idempotencyKey.startsWith(`cd-${summary.id}-${summary.rev}-`)) continue;
      enqueue(summary.id, summary.rev);
    }
  }

  function flushChanged(): void {
    if (!changed.size) return;
    const ids = [...changed];
    changed.clear();
    reconcile(ids);
    void persist().catch((err: unknown) => console.error('[copydesk] saving the outbox failed:', err));
  }

  function failEntry(id: string, err: unknown): 'retry' | 'failed' {
    const entry = outbox.entries[id];
    const failure = err instanceof SyncFailure ? err : null;
    const message = describe(err);
    const retryable = failure ? failure.retryable : true;
    const st = state.articles[id];
    if (entry) {
      const delay = failure?.kind === 'rate_limited' && failure.extra.retryAfterMs ? failure.extra.retryAfterMs : backoffDelay(entry.attempts, random, policy);
      outbox.entries[id] = { ...entry, attempts: entry.attempts + 1, lastError: message, nextAttemptAt: retryable ? now() + delay : FAR };
      dirty = true;
    }
    const base: ArticleSyncState = st ?? { remoteId: null, remoteRev: null, syncedLocalRev: -1, baseStatus: null, baseSchedule: null, state: 'pending', reason: null };
    setArticle(id, { ...base, state: retryable ? 'pending' : 'failed', reason: message });
    if (failure?.kind === 'auth') connection = 'auth_failed';
    else if (failure?.kind === 'unavailable') connection = 'offline';
    return retryable ? 'retry' : 'failed';
  }

  async function localOrNull(id: string): Promise<Article | null> {
    try {
      return await store.get(id);
    } catch (err) {
      if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'DAMAGED')) return null;
      throw err;
    }
  }

  /** Writes the site's version into the local article (fields, then status and schedule). */
  async function applyLocally(local: Article, fields: ArticleFields, status: Article['status'], schedule: Article['schedule']): Promise<Article> {
    let current = local;
    const changes: Partial<ArticleFields> = {};
    for (const [key, value] of Object.entries(fields) as Array<[keyof ArticleFields, unknown]>) {
      if (!sameValue(value, current[key])) (changes as Record<string, unknown>)[key] = value;
    }
    if (Object.keys(changes).length) current = await articles.save(current.id, current.rev, changes);
    if (current.status !== status || !sameSchedule(current.schedule, schedule)) {
      const entry = current.status !== status ? siteStatusEntry(current.status, status, options.now?.() ?? Date.now()) : null;
      current = await store.replace({
        ...current,
        status,
        schedule: schedule && Object.keys(schedule).length ? schedule : null,
        statusHistory: entry ? [...current.statusHistory, entry] : current.statusHistory,
      });
    }
    return current;
  }

  function recordSynced(id: string, remote: RemoteArticle, localRev: number): void {
    // "Published at once" stays true of the article after later syncs.
    const note = state.articles[id]?.reason === PUBLISHED_EARLY_NOTE ? PUBLISHED_EARLY_NOTE : null;
    setArticle(id, {
      remoteId: remote.remoteId,
      remoteRev: remote.remoteRev,
      syncedLocalRev: localRev,
      baseStatus: remote.status,
      baseSchedule: remote.schedule,
      state: 'synced',
      reason: note,
      baseHash: fieldsHash(remote.fields),
    });
    if (outbox.entries[id]) {
      delete outbox.entries[id];
      dirty = true;
    }
  }

  const localIdFor = (remoteId: string): string | null => byRemote.get(remoteId) ?? (idSchema.safeParse(remoteId).success ? remoteId : null);

  /**
   * Sends an update whose answer was lost again, byte for byte with its key: the site replays
   * it when it landed (then its fields are the true base) or refuses it with 409 when it did not.
   */
  async function settleInflight(id: string, local: Article): Promise<{ outcome: 'none' | 'landed' | 'not-landed' } | { outcome: 'unknown'; error: unknown }> {
    const st = state.articles[id];
    const inflight = st?.inflight;
    if (!st || !inflight || !st.remoteId) return { outcome: 'none' };
    const fields = await files.readAttempt(id);
    if (!fields) {
      setArticle(id, { ...st, inflight: undefined });
      return { outcome: 'none' };
    }
    try {
      const result = await target.push({ article: { ...local, ...fields, status: inflight.status, schedule: inflight.schedule }, remoteId: st.remoteId, baseRev: inflight.baseRev, idempotencyKey: inflight.key });
      connection = 'online';
      await files.writeBase(id, fields);
      recordSynced(id, { remoteId: result.remoteId, remoteRev: result.remoteRev, fields, status: inflight.status, schedule: inflight.schedule, updatedAt: '' }, inflight.localRev === local.rev ? local.rev : -1);
      return { outcome: 'landed' };
    } catch (err) {
      if (err instanceof SyncFailure && (err.kind === 'conflict' || err.kind === 'rejected' || err.kind === 'not_found')) {
        // Failed writes store nothing on the site: it never landed.
        setArticle(id, { ...state.articles[id]!, inflight: undefined });
        return { outcome: 'not-landed' };
      }
      return { outcome: 'unknown', error: err };
    }
  }

  /**
   * Brings one remote version in: new articles are created locally; unchanged local articles
   * take the site's version; changed ones are merged three-way (clean: saved and queued for
   * push; otherwise kept as a conflict with the remote copy beside the local article).
   */
  async function takeRemote(remote: RemoteArticle, force = false): Promise<'skipped' | 'applied' | 'merged' | 'conflict'> {
    const id = localIdFor(remote.remoteId);
    if (!id) return 'skipped';
    const st = state.articles[id];
    if (!force && st && st.remoteRev === remote.remoteRev && st.state !== 'conflict' && (!st.baseHash || st.baseHash === fieldsHash(remote.fields))) return 'skipped';
    const local = await localOrNull(id);
    if (!local) {
      if (st) return 'skipped'; // deleted here: deletions are not synced; the site keeps its copy
      const created = await store.create(remote.fields, id);
      const saved = await applyLocally(created, remote.fields, remote.status, remote.schedule);
      await files.writeBase(id, remote.fields);
      recordSynced(id, remote, saved.rev);
      return 'applied';
    }
    if (st?.inflight) {
      // Our own update may be in there: find out first (the push will catch up otherwise).
      const settled = await settleInflight(id, local);
      if (settled.outcome === 'unknown') return 'skipped';
      return takeRemote(remote);
    }
    const localChanged = !st || st.syncedLocalRev !== local.rev;
    if (!localChanged) {
      const saved = await applyLocally(local, remote.fields, remote.status, remote.schedule);
      await files.writeBase(id, remote.fields);
      recordSynced(id, remote, saved.rev);
      return 'applied';
    }
    // A version the site has because of our own push whose answer was lost is the base itself.
    const ownWrite = st?.attempts?.includes(fieldsHash(remote.fields)) ?? false;
    // Without a base (never synced) nothing counts as unchanged: what differs becomes a conflict.
    const base = ownWrite ? remote.fields : ((await files.readBase(id)) ?? newArticleFields(local.language, ''));
    const { merged, conflicts } = mergeArticleFields(base, editorFieldsOf(local), remote.fields);
    if (conflicts.length) {
      const copy: ConflictCopy = { ...remote, schedule: remote.schedule };
      await files.writeRemote(id, copy);
      const prev = st ?? { remoteId: remote.remoteId, remoteRev: null, syncedLocalRev: -1, baseStatus: null, baseSchedule: null, state: 'pending' as const, reason: null };
      if (!st?.remoteRev) await files.writeBase(id, base);
      setArticle(id, { ...prev, remoteId: remote.remoteId, state: 'conflict', reason: `${conflicts.length}` });
      if (outbox.entries[id]) {
        delete outbox.entries[id];
        dirty = true;
      }
      return 'conflict';
    }
    // Status: the side that changed it wins; when both did, the site's (it publishes).
    const localStatusChanged = !st || local.status !== st.baseStatus || !sameSchedule(local.schedule, st.baseSchedule);
    const remoteStatusChanged = !st || remote.status !== st.baseStatus || !sameSchedule(remote.schedule, st.baseSchedule);
    const status = localStatusChanged && !remoteStatusChanged ? local.status : remote.status;
    const schedule = localStatusChanged && !remoteStatusChanged ? local.schedule : remote.schedule;
    const saved = await applyLocally(local, merged, status, schedule);
    await files.writeBase(id, remote.fields);
    const needsPush = !sameValue(editorFieldsOf(saved), remote.fields) || saved.status !== remote.status || !sameSchedule(saved.schedule, remote.schedule);
    if (!needsPush) {
      recordSynced(id, remote, saved.rev);
      return 'applied';
    }
    setArticle(id, {
      remoteId: remote.remoteId,
      remoteRev: remote.remoteRev,
      syncedLocalRev: st?.syncedLocalRev ?? -1,
      baseStatus: remote.status,
      baseSchedule: remote.schedule,
      state: 'pending',
      reason: null,
    });
    enqueue(id, saved.rev);
    return 'merged';
  }

  /** Images already on the site in this session (the site stores them by content, so a repeat is harmless). */
  const uploadedMedia = new Set<string>();

  /** Uploads the images `article` uses that the site may not have yet; a missing local file is skipped. */
  async function uploadImagesOf(article: Article): Promise<void> {
    if (!options.loadMedia) return;
    for (const mediaId of mediaIdsOf(article)) {
      if (uploadedMedia.has(mediaId)) continue;
      const media = await options.loadMedia(mediaId);
      if (!media) continue;
      await target.uploadMedia({ mediaId, bytes: media.bytes, mime: media.mime, alt: '', caption: '', credit: '' });
      uploadedMedia.add(mediaId);
    }
  }

  /** Pushes one queued article; a stale base leads to a merge and (when clean) another push. */
  async function pushOne(id: string): Promise<'pushed' | 'conflict' | 'retry' | 'failed' | 'gone'> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const local = await localOrNull(id);
      if (!local) {
        delete outbox.entries[id];
        dirty = true;
        return 'gone';
      }
      if (state.articles[id]?.inflight) {
        const settled = await settleInflight(id, local);
        if (settled.outcome === 'unknown') return failEntry(id, settled.error);
        if (settled.outcome === 'landed') {
          // It landed; the site may have moved on since: look once, then push what is newer here.
          const stNow = state.articles[id]!;
          const current = await target.fetch(stNow.remoteId!).catch(() => null);
          if (current && current.remoteRev !== stNow.remoteRev) await takeRemote(current).catch((e: unknown) => console.warn(`[copydesk] ${describe(e)}`));
          if (state.articles[id]?.syncedLocalRev === local.rev) return 'pushed';
        }
        continue;
      }
      const st = state.articles[id];
      if (st?.state === 'conflict') return 'conflict';
      if (!st?.remoteId && !local.headline.trim()) {
        // A blank new article is not sent yet: the site would have to invent a slug for it,
        // which then differs from the one the headline gives. Its first headline queues it again.
        delete outbox.entries[id];
        dirty = true;
        return 'gone';
      }
      const localStatusChanged = !st || st.baseStatus === null || local.status !== st.baseStatus || !sameSchedule(local.schedule, st.baseSchedule);
      const creating = !st?.remoteRev;
      // Normalised (schema key order), so that a resend of the same attempt is byte for byte the same.
      let fields = articleFieldsSchema.parse(editorFieldsOf(local));
      if (creating) {
        // A create is sticky: its first fields are the base, and every retry sends exactly them
        // (same Idempotency-Key), so a create whose answer was lost can never be mistaken.
        const pending = await files.readBase(id);
        if (pending) fields = pending;
        else {
          await files.writeBase(id, fields);
          setArticle(id, { ...(st ?? fresh()), remoteRev: null, creating: true, state: 'pending' });
        }
      }
      const sent: Article = { ...(localStatusChanged ? local : { ...local, status: st!.baseStatus!, schedule: st!.baseSchedule }), ...fields };
      const idempotencyKey = creating ? `cd-${id}-create-${fieldsHash(fields)}` : `cd-${id}-${local.rev}-${st!.remoteRev}`;
      const stNow = state.articles[id];
      const attempt = fieldsHash(fields);
      if (stNow && !stNow.attempts?.includes(attempt)) setArticle(id, { ...stNow, attempts: [...(stNow.attempts ?? []), attempt].slice(-8) });
      try {
        await uploadImagesOf(sent);
        const result = await target.push({ article: sent, remoteId: creating ? null : st!.remoteId, baseRev: creating ? null : st!.remoteRev, idempotencyKey });
        connection = 'online';
        const all = sameValue(fields, editorFieldsOf(local));
        if (!creating) await files.writeBase(id, fields);
        recordSynced(id, { remoteId: result.remoteId, remoteRev: result.remoteRev, fields, status: sent.status, schedule: sent.schedule, updatedAt: '' }, all ? local.rev : -1);
        // Say so when WordPress published a post at once that was scheduled less than a minute ahead.
        if (result.publishedEarly) setArticle(id, { ...state.articles[id]!, reason: PUBLISHED_EARLY_NOTE });
        if (result.status && result.status !== sent.status) {
          // The site ended elsewhere than asked (a schedule already due was published at once):
          // take its state, as if it had come through the changes feed.
          const current = await target.fetch(result.remoteId).catch(() => null);
          if (current) await takeRemote(current, true).catch((e: unknown) => console.warn(`[copydesk] ${describe(e)}`));
        }
        const latest = latestRevs.get(id);
        if (!all) enqueue(id, local.rev);
        else if (latest !== undefined && latest > local.rev) enqueue(id, latest);
        return 'pushed';
      } catch (err) {
        if (!(err instanceof SyncFailure)) return failEntry(id, err);
        const current = err.extra.current;
        if (err.kind === 'conflict' && current) {
          connection = 'online';
          // The site's version (for a create: our own earlier create) is merged with ours.
          let outcome: Awaited<ReturnType<typeof takeRemote>>;
          try {
            outcome = await takeRemote(current);
          } catch (inner) {
            return failEntry(id, inner);
          }
          if (outcome === 'conflict') return 'conflict';
          if (outcome === 'applied') return 'pushed';
          continue;
        }
        if (err.kind === 'not_found' && st?.remoteRev) {
          // Deleted on the site: create it again from the local version.
          await files.writeBase(id, fields);
          setArticle(id, { ...st, remoteRev: null, creating: true });
          continue;
        }
        if (current && sameValue(current.fields, editorFieldsOf(local))) {
          // The fields went through; only the status step was refused.
          await files.writeBase(id, current.fields);
          setArticle(id, { ...(st ?? { syncedLocalRev: -1, state: 'failed', reason: null }), remoteId: current.remoteId, remoteRev: current.remoteRev, baseStatus: current.status, baseSchedule: current.schedule, syncedLocalRev: st?.syncedLocalRev ?? -1 } as ArticleSyncState);
        }
        if (!creating && (err.kind === 'unavailable' || err.kind === 'invalid_response') && st) {
          // The answer was lost: the update may or may not have landed. Keep it to settle it first.
          await files.writeAttempt(id, fields);
          setArticle(id, { ...state.articles[id]!, inflight: { key: idempotencyKey, baseRev: st.remoteRev!, localRev: local.rev, status: sent.status, schedule: sent.schedule } });
        }
        if (err.kind !== 'unavailable') connection = err.kind === 'auth' ? 'auth_failed' : 'online';
        return failEntry(id, err);
      }
    }
    return failEntry(id, new SyncFailure('unavailable', 'The article kept changing on the site; trying again later.'));
  }

  async function pullAll(summary: SyncRoundSummary): Promise<void> {
    let cursor = state.cursor;
    for (let page = 0; page < 10_000; page++) {
      const result = await target.pull(cursor);
      connection = 'online';
      for (const remote of result.changes) {
        try {
          const outcome = await takeRemote(remote);
          if (outcome !== 'skipped') summary.pulled++;
          if (outcome === 'conflict') summary.conflicts++;
        } catch (err) {
          // A local save raced with this one: the article is queued, and its push will meet
          // the site's version again (409) and merge then.
          console.warn(`[copydesk] taking ${remote.remoteId} from the site failed: ${describe(err)}`);
        }
      }
      if (result.cursor !== cursor) dirty = true;
      cursor = result.cursor;
      state.cursor = cursor;
      if (!result.more) break;
    }
    lastPullAt = now();
  }

  async function runRound(force: boolean): Promise<SyncRoundSummary> {
    await load();
    flushChanged();
    reconcile();
    const summary: SyncRoundSummary = { pushed: 0, pulled: 0, conflicts: 0, failed: 0 };
    // First contact after a start, or back after being offline: everything queued goes out at once.
    const wasOffline = connection === 'offline' || connection === 'unknown';
    try {
      await pullAll(summary);
    } catch (err) {
      lastError = describe(err);
      if (err instanceof SyncFailure) {
        connection = err.kind === 'auth' ? 'auth_failed' : err.kind === 'forbidden' ? 'forbidden' : 'offline';
        lastPullAt = now() - pullEveryMs + backoffDelay(2, random, policy);
      }
      await persist();
      if (!force) return summary;
    }
    if (wasOffline && connection === 'online') force = true; // back online: catch up at once
    const due = Object.entries(outbox.entries)
      .filter(([, e]) => force || (e.nextAttemptAt !== null && e.nextAttemptAt <= now()))
      .map(([id]) => id);
    progress = { done: 0, total: due.length };
    // A few pushes in flight at once (each article's own state only); offline stops the rest.
    await mapLimit(due, pushConcurrency, async (id) => {
      if (closed || (connection === 'offline' && !force && progress.done > 0)) return;
      const outcome = await pushOne(id);
      if (outcome === 'pushed') summary.pushed++;
      else if (outcome === 'conflict') summary.conflicts++;
      else if (outcome === 'failed' || outcome === 'retry') summary.failed++;
      progress.done++;
      if (progress.done % 200 === 0) await persist();
    });
    if (connection === 'online') {
      lastError = null;
      lastSyncAt = now();
    }
    await persist();
    return summary;
  }

  /** One sync round at a time; a caller during a round waits for it and then runs its own. */
  async function syncNow(force = true): Promise<SyncRoundSummary> {
    while (round) await round.catch(() => {});
    round = runRound(force).finally(() => {
      round = null;
    });
    return round;
  }

  async function tick(): Promise<void> {
    if (round || closed) return;
    await load();
    const due = Object.values(outbox.entries).some((e) => e.nextAttemptAt !== null && e.nextAttemptAt <= now());
    if (due || now() - lastPullAt >= pullEveryMs) await syncNow(false);
  }

  return {
    /** Starts listening to the store and the background loop. */
    async start(): Promise<void> {
      await load();
      unsubscribe = store.onChange((id, summary) => {
        if (summary) latestRevs.set(id, summary.rev);
        else latestRevs.delete(id);
        changed.add(id);
        if (debounce) clearTimeout(debounce);
        debounce = setTimeout(flushChanged, debounceMs);
      });
      reconcile();
      if (tickMs > 0) {
        ticker = setInterval(() => void tick().catch((err: unknown) => console.error('[copydesk] sync failed:', err)), tickMs);
        ticker.unref?.();
      }
    },
    syncNow,
    /** Queues local changes at once (what the debounce would do a second later). */
    flush: async () => {
      await load();
      flushChanged();
      await persist();
    },
    statusOf(id: string): { state: ArticleSyncState['state']; reason: string | null } | null {
      const st = state.articles[id];
      const entry = outbox.entries[id];
      if (!st && !entry) return null;
      if (!st) return { state: 'pending', reason: entry?.lastError ?? null };
      return { state: st.state, reason: st.state === 'conflict' ? null : st.reason };
    },
    allStatuses(): Record<string, { state: ArticleSyncState['state']; reason: string | null }> {
      const out: Record<string, { state: ArticleSyncState['state']; reason: string | null }> = {};
      for (const id of new Set([...Object.keys(state.articles), ...Object.keys(outbox.entries)])) out[id] = this.statusOf(id)!;
      return out;
    },
    info: () => ({ connection, lastError, lastSyncAt, running: round !== null, progress: { ...progress }, queued: Object.keys(outbox.entries).length }),
    conflictIds: () => Object.entries(state.articles).filter(([, st]) => st.state === 'conflict').map(([id]) => id),

    async conflict(id: string): Promise<ArticleConflictView | null> {
      await load();
      if (state.articles[id]?.state !== 'conflict') return null;
      const [remote, local] = await Promise.all([files.readRemote(id), store.get(id)]);
      if (!remote) return null;
      const base = (await files.readBase(id)) ?? remote.fields;
      const { conflicts } = mergeArticleFields(base, editorFieldsOf(local), remote.fields);
      return { id, base, local: editorFieldsOf(local), remote: remote.fields, remoteRev: remote.remoteRev, conflicts };
    },

    /** Applies the user's choice per field/block, saves locally and queues the push. */
    async resolve(id: string, choices: Record<string, MergeChoice>): Promise<Article> {
      await load();
      const st = state.articles[id];
      const remote = await files.readRemote(id);
      if (st?.state !== 'conflict' || !remote) throw new AppError('NOT_FOUND', 'This article has no conflict to resolve.');
      const local = await store.get(id);
      const base = (await files.readBase(id)) ?? remote.fields;
      const { merged } = mergeArticleFields(base, editorFieldsOf(local), remote.fields, choices);
      const localStatusChanged = local.status !== st.baseStatus;
      const saved = await applyLocally(local, merged, localStatusChanged ? local.status : remote.status, localStatusChanged ? local.schedule : remote.schedule);
      await files.writeBase(id, remote.fields);
      setArticle(id, { ...st, remoteId: remote.remoteId, remoteRev: remote.remoteRev, baseStatus: remote.status, baseSchedule: remote.schedule, state: 'pending', reason: null });
      await files.removeRemote(id);
      enqueue(id, saved.rev);
      await persist();
      return saved;
    },

    async close(): Promise<void> {
      closed = true;
      unsubscribe?.();
      if (debounce) clearTimeout(debounce);
      if (ticker) clearInterval(ticker);
      flushChanged();
      await round?.catch(() => {});
      await persist().catch(() => {});
    },
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
