import { newArticleFields, type Article } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import { mergeArticleFields, sameValue } from '../../../core/sync/merge';
import type { ArticleSyncState, ConflictCopy } from '../sync-state';
import type { TeamRemoteArticle } from '../targets/team-target';
import { applyLocally } from './apply-local';
import { fieldsHash, sameSchedule } from './compare';
import { setArticle, type EngineState } from './engine-state';
import { dropEntry, enqueue, recordSynced } from './outbox';
import { takeWithBase } from './take-journal';
import { tellTaken } from './team-feed';
import type { TakeOutcome } from './types';

/**
 * Merges a remote version into a local article changed since the last sync (three-way, against
 * the base of that sync). What both sides changed differently is kept as a conflict, with the
 * site's version beside the article and the article out of the outbox until the user decides.
 * `st` is the record as it was when the remote version arrived.
 */
export async function mergeRemote(ctx: EngineState, id: string, st: ArticleSyncState | undefined, local: Article, remote: TeamRemoteArticle): Promise<TakeOutcome> {
  // A version the site has because of our own push whose answer was lost is the base itself.
  const ownWrite = st?.attempts?.includes(fieldsHash(remote.fields)) ?? false;
  // Without a base (never synced) nothing counts as unchanged: what differs becomes a conflict.
  const base = ownWrite ? remote.fields : ((await ctx.files.readBase(id)) ?? newArticleFields(local.language, ''));
  const { merged, conflicts } = mergeArticleFields(base, editorFieldsOf(local), remote.fields);
  if (conflicts.length) {
    const copy: ConflictCopy = { ...remote, schedule: remote.schedule };
    await ctx.files.writeRemote(id, copy);
    const prev = st ?? { remoteId: remote.remoteId, remoteRev: null, syncedLocalRev: -1, baseStatus: null, baseSchedule: null, state: 'pending' as const, reason: null };
    if (!st?.remoteRev) await ctx.files.writeBase(id, base);
    setArticle(ctx, id, { ...prev, remoteId: remote.remoteId, state: 'conflict', reason: `${conflicts.length}` });
    if (ctx.outbox.entries[id]) dropEntry(ctx, id);
    return 'conflict';
  }
  // Status: the side that changed it wins; when both did, the site's (it publishes). A team
  // site's status is the site's: a local change travels as an action (held while queued).
  const localStatusChanged = !ctx.team && (!st || local.status !== st.baseStatus || !sameSchedule(local.schedule, st.baseSchedule));
  const remoteStatusChanged = !st || remote.status !== st.baseStatus || !sameSchedule(remote.schedule, st.baseSchedule);
  const status = localStatusChanged && !remoteStatusChanged ? local.status : remote.status;
  const schedule = localStatusChanged && !remoteStatusChanged ? local.schedule : remote.schedule;
  const saved = await takeWithBase(ctx, local, remote.fields, () => applyLocally(ctx, local, merged, status, schedule, remote.team));
  await tellTaken(ctx, local, saved, remote);
  const statusDiffers = !ctx.team && (saved.status !== remote.status || !sameSchedule(saved.schedule, remote.schedule));
  const needsPush = !sameValue(editorFieldsOf(saved), remote.fields) || statusDiffers;
  if (!needsPush) {
    recordSynced(ctx, id, remote, saved.rev);
    return 'applied';
  }
  setArticle(ctx, id, {
    ...(st?.catchUpShort ? { catchUpShort: st.catchUpShort } : {}),
    remoteId: remote.remoteId,
    remoteRev: remote.remoteRev,
    syncedLocalRev: st?.syncedLocalRev ?? -1,
    baseStatus: remote.status,
    baseSchedule: remote.schedule,
    state: 'pending',
    reason: null,
  });
  enqueue(ctx, id, saved.rev);
  return 'merged';
}
