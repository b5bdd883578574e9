import type { ArticleSyncStatus, SyncEngine, SyncRoundSummary } from '../engine/sync-engine';

/** A round that did nothing yet. */
export const emptySummary = (): SyncRoundSummary => ({ pushed: 0, pulled: 0, conflicts: 0, failed: 0 });

/** Adds one site's round to the total. */
export function addSummary(total: SyncRoundSummary, r: SyncRoundSummary): void {
  total.pushed += r.pushed;
  total.pulled += r.pulled;
  total.conflicts += r.conflicts;
  total.failed += r.failed;
}

const rank = { synced: 0, pending: 1, failed: 2, conflict: 3 } as const;

/** Per article the worst state over all sites; plus the progress of running rounds. */
export function combinedStatus(engines: Iterable<SyncEngine>) {
  const articles: Record<string, ArticleSyncStatus> = {};
  let running = false;
  const progress: { done: number; total: number; phase?: 'receiving' | 'sending' } = { done: 0, total: 0 };
  for (const engine of engines) {
    const info = engine.info();
    running ||= info.running;
    if (info.running) {
      progress.done += info.progress.done;
      progress.total += info.progress.total;
      if (info.progress.phase === 'receiving') progress.phase = 'receiving';
    }
    for (const [id, st] of Object.entries(engine.allStatuses())) {
      const prev = articles[id];
      if (!prev || rank[st.state] > rank[prev.state]) articles[id] = st;
    }
  }
  return { running, progress, articles };
}
