import type { Article } from '../../core/article/article';
import type { StatusEvent } from '../../core/contract/calls/workflow';
import type { Actor } from '../../core/workflow/roles';
import type { ArticleStore } from '../articles/store/article-store';

const MAX_EVENTS = 500;

/**
 * The status changes seen by this back end since it started (made here, or arriving through
 * sync), numbered so that a client asks only for what is new to it.
 */
export function createStatusEvents(store: ArticleStore) {
  const events: StatusEvent[] = [];
  let seq = 0;

  return {
    record(event: Omit<StatusEvent, 'seq'>): void {
      events.push({ ...event, seq: ++seq });
      if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
    },

    /** Changes after `after` of articles `me` wrote or acted on, made by somebody else. */
    async since(after: number, me: Actor, myName: string): Promise<{ cursor: number; events: StatusEvent[] }> {
      // A fresh client, or one that outlived a restart of the back end, starts from now.
      if (after < 0 || after > seq) return { cursor: seq, events: [] };
      const relevant: StatusEvent[] = [];
      for (const e of events) {
        if (e.seq <= after) continue;
        const summary = store.summary(e.id);
        if (!summary) continue;
        const wrote = myName !== '' && summary.author.trim() === myName;
        let actedOn = false;
        if (!wrote) {
          const article: Article | null = await store.get(e.id).catch(() => null);
          actedOn = !!article?.statusHistory.some((h) => h.actor.name === me.name && h.actor.role !== 'system');
        }
        if ((wrote || actedOn) && e.actorName !== me.name) relevant.push(e);
      }
      return { cursor: seq, events: relevant };
    },
  };
}
export type StatusEvents = ReturnType<typeof createStatusEvents>;
