import { articleFieldsSchema, type Article } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import { sameValue } from '../../../core/sync/merge';
import { SyncFailure } from '../../../core/sync/sync-target';
import type { ArticleSyncState } from '../sync-state';
import type { TeamRemoteArticle } from '../targets/team-target';
import { hasTeamState } from './apply-local';
import { sameSchedule } from './compare';
import { setArticle, type EngineState } from './engine-state';
import { dropEntry, failEntry } from './outbox';
import type { PushOutcome } from './types';

/** The local article at `rev` needs nothing from the site: synced as it is, out of the outbox. */
function settled(ctx: EngineState, id: string, st: ArticleSyncState, rev: number): PushOutcome {
  setArticle(ctx, id, { ...st, syncedLocalRev: rev, state: 'synced', reason: null });
  dropEntry(ctx, id);
  return 'gone';
}

/**
 * Before a field push to a team site: a reviewer account never pushes fields (the article
 * stays as the site has it; a new one is refused), and a local change that is no field change
 * (a status action, which travels as an op) sends nothing. Null: push as usual.
 */
export async function teamPushShortcut(ctx: EngineState, id: string, local: Article, st: ArticleSyncState | undefined): Promise<PushOutcome | null> {
  if (!ctx.team) return null;
  const account = await ctx.team.target.account().catch(() => null);
  if (account?.role === 'reviewer') {
    if (st?.remoteId && !st.creating) return settled(ctx, id, st, local.rev);
    return failEntry(ctx, id, new SyncFailure('forbidden', 'A reviewer account does not send articles to the site.'));
  }
  if (!st?.remoteId || !st.remoteRev || st.creating || st.inflight) return null;
  const base = await ctx.files.readBase(id);
  return base && sameValue(base, articleFieldsSchema.parse(editorFieldsOf(local))) ? settled(ctx, id, st, local.rev) : null;
}

/** Whether the local article lacks what a team site answered: its status, schedule, history, corrections or pending update. */
export const differsFromTeamAnswer = (local: Article, remote: TeamRemoteArticle): boolean =>
  local.status !== remote.status || !sameSchedule(local.schedule, remote.schedule) || (remote.team !== undefined && !hasTeamState(local, remote.team));
