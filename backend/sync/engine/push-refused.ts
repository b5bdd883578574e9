import type { Article, ArticleFields } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import { sameValue } from '../../../core/sync/merge';
import { SyncFailure } from '../../../core/sync/sync-target';
import type { ArticleSyncState } from '../sync-state';
import { setArticle, type EngineState } from './engine-state';
import { failEntry } from './outbox';
import { takeRemote } from './take-remote';
import type { PushOutcome, TakeOutcome } from './types';

/** One push as it was sent. `st` is the record before it (a create marks the record "creating" first). */
export interface PushAttempt {
  id: string;
  local: Article;
  st: ArticleSyncState | undefined;
  fields: ArticleFields;
  creating: boolean;
  sent: Article;
  idempotencyKey: string;
}

/**
 * Handles a push that failed: a conflict is merged with the site's version ('again' pushes
 * the merge), a post deleted on the site is created again, an update whose answer was lost is
 * kept to be settled first; everything else waits in the outbox (see failEntry).
 */
export async function pushRefused(ctx: EngineState, a: PushAttempt, err: unknown): Promise<PushOutcome | 'again'> {
  const { id, local, st, fields, creating, sent, idempotencyKey } = a;
  if (!(err instanceof SyncFailure)) return failEntry(ctx, id, err);
  if (err.kind !== 'unavailable' && err.kind !== 'invalid_response' && ctx.state.articles[id]?.inflight?.key === idempotencyKey) {
    // A definite refusal: the update recorded as in flight before it was sent (see writeAhead) did not land.
    setArticle(ctx, id, { ...ctx.state.articles[id]!, inflight: undefined });
  }
  const current = err.extra.current;
  if (err.kind === 'conflict' && current) {
    ctx.connection = 'online';
    // The site's version (for a create: our own earlier create) is merged with ours.
    let outcome: TakeOutcome;
    try {
      outcome = await takeRemote(ctx, current);
    } catch (inner) {
      return failEntry(ctx, id, inner);
    }
    if (outcome === 'conflict') return 'conflict';
    if (outcome === 'applied') return 'pushed';
    return 'again';
  }
  if (err.kind === 'not_found' && st?.remoteRev) {
    // Deleted on the site: create it again from the local version.
    await ctx.files.writeBase(id, fields);
    setArticle(ctx, id, { ...st, remoteRev: null, creating: true });
    return 'again';
  }
  if (current && sameValue(current.fields, editorFieldsOf(local))) {
    // The fields went through; only the status step was refused.
    await ctx.files.writeBase(id, current.fields);
    setArticle(ctx, id, { ...(st ?? { syncedLocalRev: -1, state: 'failed', reason: null }), remoteId: current.remoteId, remoteRev: current.remoteRev, baseStatus: current.status, baseSchedule: current.schedule, syncedLocalRev: st?.syncedLocalRev ?? -1 } as ArticleSyncState);
  }
  if (!creating && (err.kind === 'unavailable' || err.kind === 'invalid_response') && st) {
    // The answer was lost: the update may or may not have landed. Keep it to settle it first.
    await ctx.files.writeAttempt(id, fields);
    setArticle(ctx, id, { ...ctx.state.articles[id]!, inflight: { key: idempotencyKey, baseRev: st.remoteRev!, localRev: local.rev, status: sent.status, schedule: sent.schedule } });
  }
  if (err.kind !== 'unavailable') ctx.connection = err.kind === 'auth' ? 'auth_failed' : 'online';
  return failEntry(ctx, id, err);
}
