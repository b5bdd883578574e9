import { randomUUID } from 'node:crypto';
import type { workflowCalls } from '../../core/contract/calls/workflow';
import type { Handlers } from '../../core/contract/dispatch';
import { diffArticles } from '../../core/diff/articles';
import { restoreRevision } from '../../core/revisions/revision';
import type { BackendDeps } from '../backend-deps';
import { changesContent, editConsequence } from '../articles/edit-after-approval';
import { refusal } from '../team/acting-actor';

type RevisionCall = Extract<keyof typeof workflowCalls, `revisions.${string}`>;

/** revisions.*: the kept versions, their diffs, and bringing one back (an edit by the acting person). */
export function revisionHandlers(
  deps: Pick<BackendDeps, 'store' | 'revisions' | 'actor' | 'now'>,
  /** Runs a write whose revision is recorded here, so the store watch does not record it too. */
  quietly: <T>(id: string, write: () => Promise<T>) => Promise<T>,
): Pick<Handlers, RevisionCall> {
  const { store, revisions, now } = deps;
  return {
    'revisions.list': async ({ id }) => [...(await revisions.list(id))].reverse().map(({ snapshot: _snapshot, ...info }) => info),
    'revisions.get': ({ id, revisionId }) => revisions.get(id, revisionId),
    'revisions.diff': async ({ id, from, to }) => {
      const [a, b] = await Promise.all([revisions.get(id, from), revisions.get(id, to)]);
      return diffArticles(a.snapshot, b.snapshot);
    },
    'revisions.restore': async ({ id, revisionId }) => {
      const target = await revisions.get(id, revisionId);
      const article = await store.get(id);
      const by = await deps.actor.current();
      if (deps.actor.connected() && by.role === 'reviewer') throw refusal('Reviewers cannot restore an older version.', 'Prüfer können keine ältere Fassung wiederherstellen.');
      // A restore is an edit: after approval it goes back to review, a live article gets a pending update.
      const extra = changesContent(article, target.snapshot) ? editConsequence(article, by, now()) : null;
      const saved = await quietly(id, () => store.replace({ ...article, ...structuredClone(target.snapshot), ...extra }));
      await revisions.add(id, restoreRevision(target, { id: randomUUID(), rev: saved.rev, author: by.name, now: now() }));
      return saved;
    },
  };
}
