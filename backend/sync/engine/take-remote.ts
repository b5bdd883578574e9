import { idSchema } from '../../../core/article/article';
import type { TeamRemoteArticle } from '../targets/team-target';
import { applyLocally, initialFromSite, localOrNull } from './apply-local';
import { fieldsHash } from './compare';
import type { EngineState } from './engine-state';
import { settleInflight } from './inflight';
import { takeWithBase } from './take-journal';
import { mergeRemote } from './merge-remote';
import { recordSynced } from './outbox';
import { followDeletion, tellTaken } from './team-feed';
import type { TakeOutcome } from './types';

/** Whether revision `a` comes before `b` (revision numbers; other kinds of revision are not compared). */
const olderRev = (a: string, b: string): boolean => /^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) < Number(b);

/** The local id of a remote article: known from an earlier sync, or the remote id itself when the site kept ours. */
const localIdFor = (ctx: EngineState, remoteId: string): string | null =>
  ctx.byRemote.get(remoteId) ?? (idSchema.safeParse(remoteId).success ? remoteId : null);

/**
 * Brings one remote version in: new articles are created locally; unchanged local articles
 * take the site's version; changed ones are merged three-way (clean: saved and queued for
 * push; otherwise kept as a conflict with the remote copy beside the local article).
 * `force` takes it even when the record says the site's revision is known already. A team
 * site's deletion is followed (the sink trashes or restores) and a deleted article's content
 * is not taken; every take is told to the sink.
 */
export async function takeRemote(ctx: EngineState, remote: TeamRemoteArticle, force = false): Promise<TakeOutcome> {
  const id = localIdFor(ctx, remote.remoteId);
  if (!id) return 'skipped';
  // Never back to an older revision, forced or not: a replayed answer (a resend after a lost
  // answer) carries the article as it was then (found by team-faults.test.ts).
  const known = ctx.state.articles[id]?.remoteRev;
  if (known && olderRev(remote.remoteRev, known)) return 'skipped';
  if (await followDeletion(ctx, id, remote)) return 'skipped';
  const st = ctx.state.articles[id];
  if (!force && st && st.remoteRev === remote.remoteRev && st.state !== 'conflict' && (!st.baseHash || st.baseHash === fieldsHash(remote.fields))) return 'skipped';
  const local = await localOrNull(ctx, id);
  if (!local) {
    if (st) return 'skipped'; // deleted here: deletions are not synced; the site keeps its copy
    // The base first: with no article yet it replaces nothing, and a kill after the create
    // leaves an article with its base (not one that merges against a blank one).
    await ctx.files.writeBase(id, remote.fields);
    const created = await ctx.store.create(remote.fields, id, initialFromSite(ctx, remote.status, remote.schedule, remote.team));
    // Writes nothing when the created article has it all (the usual case): a safety net.
    const saved = await applyLocally(ctx, created, remote.fields, remote.status, remote.schedule, remote.team);
    recordSynced(ctx, id, remote, saved.rev);
    await tellTaken(ctx, null, saved, remote);
    return 'applied';
  }
  if (st?.inflight) {
    // Our own update may be in there: find out first (the push will catch up otherwise).
    const settled = await settleInflight(ctx, id, local);
    if (settled.outcome === 'unknown') return 'skipped';
    return takeRemote(ctx, remote);
  }
  const localChanged = !st || st.syncedLocalRev !== local.rev;
  if (!localChanged) {
    const saved = await takeWithBase(ctx, local, remote.fields, () => applyLocally(ctx, local, remote.fields, remote.status, remote.schedule, remote.team));
    recordSynced(ctx, id, remote, saved.rev);
    if (saved.rev !== local.rev) await tellTaken(ctx, local, saved, remote);
    return 'applied';
  }
  return mergeRemote(ctx, id, st, local, remote);
}
