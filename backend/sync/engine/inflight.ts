import type { Article } from '../../../core/article/article';
import { SyncFailure } from '../../../core/sync/sync-target';
import { setArticle, type EngineState } from './engine-state';
import { recordSynced } from './outbox';

/** What became of an update whose answer was lost. */
export type Settled = { outcome: 'none' | 'landed' | 'not-landed' } | { outcome: 'unknown'; error: unknown };

/**
 * Sends an update whose answer was lost again, byte for byte with its key: the site replays
 * it when it landed (then its fields are the true base) or refuses it with 409 when it did not.
 */
export async function settleInflight(ctx: EngineState, id: string, local: Article): Promise<Settled> {
  const st = ctx.state.articles[id];
  const inflight = st?.inflight;
  if (!st || !inflight || !st.remoteId) return { outcome: 'none' };
  const fields = await ctx.files.readAttempt(id);
  if (!fields) {
    setArticle(ctx, id, { ...st, inflight: undefined });
    return { outcome: 'none' };
  }
  try {
    const result = await ctx.target.push({ article: { ...local, ...fields, status: inflight.status, schedule: inflight.schedule }, remoteId: st.remoteId, baseRev: inflight.baseRev, idempotencyKey: inflight.key });
    ctx.connection = 'online';
    await ctx.files.writeBase(id, fields);
    const remote = { remoteId: result.remoteId, remoteRev: result.remoteRev, fields, status: inflight.status, schedule: inflight.schedule, updatedAt: '' };
    recordSynced(ctx, id, remote, inflight.localRev === local.rev ? local.rev : -1);
    return { outcome: 'landed' };
  } catch (err) {
    if (err instanceof SyncFailure && (err.kind === 'conflict' || err.kind === 'rejected' || err.kind === 'not_found')) {
      // Failed writes store nothing on the site: it never landed.
      setArticle(ctx, id, { ...ctx.state.articles[id]!, inflight: undefined });
      return { outcome: 'not-landed' };
    }
    return { outcome: 'unknown', error: err };
  }
}
