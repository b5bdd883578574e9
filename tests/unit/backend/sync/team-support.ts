import path from 'node:path';
import type { Article } from '../../../../core/article/article';
import type { SiteAdItem, SitePresence, SiteThread } from '../../../../core/sync/reference-site-api';
import type { QueuedTeamOp, TeamOp } from '../../../../core/sync/team-op';
import type { Actor } from '../../../../core/workflow/roles';
import { createSyncEngine, type SyncEngine } from '../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../backend/sync/targets/reference-site/reference-site-target';
import type { PlainRefusal, TeamSink } from '../../../../backend/sync/team/team-port';
import type { TestApp } from './support';

/** A TeamSink that writes down every call, for the tests to read. */
export function recordingSink() {
  const calls = {
    threads: [] as SiteThread[],
    ads: [] as SiteAdItem[],
    presence: [] as SitePresence[][],
    taken: [] as Array<{ before: Article | null; after: Article; by: { id: string; name: string } | null }>,
    deleted: [] as Array<{ id: string; at: string | null; by?: string | null }>,
    refused: [] as Array<{ op: QueuedTeamOp; reason: PlainRefusal }>,
  };
  const sink: TeamSink = {
    applyThreads: async (_site, items) => void calls.threads.push(...items),
    applyAds: async (_site, items) => void calls.ads.push(...items),
    applyPresence: (_site, items) => void calls.presence.push([...items]),
    articleTaken: async (_site, before, after, by) => void calls.taken.push({ before, after, by }),
    articleDeleted: async (_site, id, at, by) => void calls.deleted.push({ id, at, by: by?.name ?? null }),
    opRefused: async (_site, op, reason) => void calls.refused.push({ op, reason }),
  };
  return { sink, calls };
}

let opCount = 0;
/** A queued op as the back end would queue it (a fresh id each time). */
export const queued = (op: TeamOp, by: Actor = { id: 'u1', name: 'Anna Editor', role: 'editor' }): QueuedTeamOp => ({
  id: `op-${Date.now().toString(36)}-${(opCount++).toString(36)}`,
  op,
  createdAt: new Date().toISOString(),
  by,
});

/** An engine over a reference site with a team sink; requests are counted into `requests`. */
export function teamEngine(app: TestApp, url: string, token: string, options: { dir?: string; sink?: TeamSink; requests?: string[]; timeoutMs?: number } = {}): SyncEngine {
  const target = createReferenceSiteTarget({ url, token, timeoutMs: options.timeoutMs ?? 2000, onRequest: (m, p) => options.requests?.push(`${m} ${p}`) });
  return createSyncEngine({
    target,
    store: app.store,
    articles: app.articles,
    files: createSyncFiles(path.join(app.dataDir, 'sync', options.dir ?? 's1')),
    tickMs: 0,
    debounceMs: 5,
    backoff: { baseMs: 5, maxMs: 20 },
    team: { siteId: 'site-1', ...(options.sink ? { sink: options.sink } : {}) },
  });
}
