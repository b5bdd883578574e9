import type { Article } from '../../core/article/article';
import type { ArticleStore } from '../articles/store/article-store';
import type { createLocalScheduler } from './local-scheduler';
import type { RevisionStore } from './revision-store';
import type { StatusEvents } from './status-events';

export interface StoreWatchDeps {
  store: ArticleStore;
  /** Articles whose current write is recorded by its caller (a status change, a restore). */
  quiet: ReadonlySet<string>;
  knownStatus: Map<string, Article['status']>;
  scheduler: Pick<ReturnType<typeof createLocalScheduler>, 'update'>;
  events: StatusEvents;
  revisions: Pick<RevisionStore, 'recordSave'>;
  authorName(): Promise<string>;
}

/**
 * Follows every save of the store (the editor's, and sync's): keeps the scheduler current,
 * records revisions, and turns a status change that arrived from elsewhere into an event.
 */
export function watchStoreForStatusChanges(deps: StoreWatchDeps) {
  const { store, knownStatus } = deps;
  const background = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    const tracked = p.catch((err: unknown) => console.error('[copydesk] workflow background task failed:', err)).finally(() => background.delete(tracked));
    background.add(tracked);
  };

  const unsubscribe = store.onChange((id, summary) => {
    if (!summary || summary.damaged || deps.quiet.has(id)) return;
    track(
      (async () => {
        const article = await store.get(id);
        deps.scheduler.update(id, article.status, article.schedule);
        // A status change made elsewhere (the site, through sync) notifies like one made here.
        const last = article.statusHistory.at(-1);
        if (last && knownStatus.get(id) !== undefined && knownStatus.get(id) !== article.status && last.to === article.status) {
          deps.events.record({ id, headline: article.headline, from: last.from, to: last.to, actorName: last.actor.name, at: last.at });
        }
        knownStatus.set(id, article.status);
        await deps.revisions.recordSave(article, await deps.authorName());
      })(),
    );
  });

  return {
    /** Background work that close() waits for. */
    track,
    /** Stops following the store (background work goes on until idle()). */
    stop: unsubscribe,
    async idle(): Promise<void> {
      while (background.size > 0) await Promise.all([...background]);
    },
  };
}
