import type { Article } from '../../../core/article/article';
import { SyncFailure } from '../../../core/sync/sync-target';
import { setArticle, type EngineState } from './engine-state';
import { recordSynced } from './outbox';

/** A refusal that says the update did not land (failed writes store nothing on the site). */
const isDefinite = (err: unknown): boolean => err instanceof SyncFailure && (err.kind === 'conflict' || err.kind === 'rejected' || err.kind === 'not_found');

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
  const input = { article: { ...local, ...fields, status: inflight.status, schedule: inflight.schedule }, remoteId: st.remoteId, baseRev: inflight.baseRev, idempotencyKey: inflight.key };
  try {
    // Asked twice before a refusal counts: a first resend that reached the site while the lost
    // request was still being written there is refused (its base is gone) although that request
    // landed; asked again, the site replays the stored answer (found by team-faults.test.ts).
    const result = await ctx.target.push(input).catch((err: unknown) => (isDefinite(err) ? ctx.target.push(input) : Promise.reject(err)));
    ctx.connection = 'online';
    await ctx.files.writeBase(id, fields);
    const remote = { remoteId: result.remoteId, remoteRev: result.remoteRev, fields, status: inflight.status, schedule: inflight.schedule, updatedAt: '' };
    recordSynced(ctx, id, remote, inflight.localRev === local.rev ? local.rev : -1);
    return { outcome: 'landed' };
  } catch (err) {
    if (isDefinite(err)) {
      // Failed writes store nothing on the site: it never landed.
      setArticle(ctx, id, { ...ctx.state.articles[id]!, inflight: undefined });
      return { outcome: 'not-landed' };
    }
    return { outcome: 'unknown', error: err };
  }
}
