import { articleFieldsSchema, type Article } from '../../../core/article/article';
import { editorFieldsOf } from '../../../core/article/fields';
import { sameValue } from '../../../core/sync/merge';
import { PUBLISHED_EARLY_NOTE, SyncFailure } from '../../../core/sync/sync-target';
import type { ArticleSyncState } from '../sync-state';
import { localOrNull } from './apply-local';
import { describeError, fieldsHash, sameSchedule } from './compare';
import { freshRecord, persist, setArticle, type EngineState } from './engine-state';
import { settleInflight } from './inflight';
import { uploadImagesOf } from './media-upload';
import { dropEntry, enqueue, failEntry, recordSynced } from './outbox';
import { pushRefused, type PushAttempt } from './push-refused';
import { takeRemote } from './take-remote';
import type { TeamPushExtra } from '../targets/team-target';
import { queueCatchUp, tellCatchUpShort } from './team-catch-up';
import { statusHeld } from './team-outbox';
import { differsFromTeamAnswer, teamPushShortcut } from './team-push';
import type { PushOutcome } from './types';

/** Pushes one queued article; a stale base leads to a merge and (when clean) another push. */
export async function pushOne(ctx: EngineState, id: string): Promise<PushOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const local = await localOrNull(ctx, id);
    if (!local) {
      dropEntry(ctx, id);
      return 'gone';
    }
    if (ctx.state.articles[id]?.inflight) {
      const settled = await settleInflight(ctx, id, local);
      if (settled.outcome === 'unknown') return failEntry(ctx, id, settled.error);
      if (settled.outcome === 'landed') {
        // It landed; the site may have moved on since: look once, then push what is newer here.
        const stNow = ctx.state.articles[id]!;
        const current = await ctx.target.fetch(stNow.remoteId!).catch(() => null);
        if (current && current.remoteRev !== stNow.remoteRev) await takeRemote(ctx, current).catch((e: unknown) => console.warn(`[copydesk] ${describeError(e)}`));
        if (ctx.state.articles[id]?.syncedLocalRev === local.rev) return 'pushed';
      }
      continue;
    }
    const st = ctx.state.articles[id];
    if (st?.state === 'conflict') return 'conflict';
    if (st?.deletedAt) {
      // Deleted on the site (the sink moved it to the trash): nothing to push until it is restored.
      dropEntry(ctx, id);
      return 'gone';
    }
    if (!st?.remoteId && !local.headline.trim()) {
      // A blank new article is not sent yet: the site would have to invent a slug for it,
      // which then differs from the one the headline gives. Its first headline queues it again.
      dropEntry(ctx, id);
      return 'gone';
    }
    const shortcut = await teamPushShortcut(ctx, id, local, st);
    if (shortcut) return shortcut;
    let attempt: PushAttempt;
    try {
      attempt = await prepare(ctx, id, local, st);
    } catch (err) {
      // Writing the create's base failed (a full disk): retried later like a failed send.
      return failEntry(ctx, id, err);
    }
    const outcome = await send(ctx, attempt);
    if (outcome !== 'again') return outcome;
  }
  return failEntry(ctx, id, new SyncFailure('unavailable', 'The article kept changing on the site; trying again later.'));
}

/** What to send: the fields (a create resends its first ones), the status to ask for, and the key. */
async function prepare(ctx: EngineState, id: string, local: Article, st: ArticleSyncState | undefined): Promise<PushAttempt> {
  const localStatusChanged = !st || st.baseStatus === null || local.status !== st.baseStatus || !sameSchedule(local.schedule, st.baseSchedule);
  const creating = !st?.remoteRev;
  // Normalised (schema key order), so that a resend of the same attempt is byte for byte the same.
  let fields = articleFieldsSchema.parse(editorFieldsOf(local));
  if (creating) {
    // A create is sticky: its first fields are the base, and every retry sends exactly them
    // (same Idempotency-Key), so a create whose answer was lost can never be mistaken.
    const pending = await ctx.files.readBase(id);
    if (pending) fields = pending;
    else {
      await ctx.files.writeBase(id, fields);
      setArticle(ctx, id, { ...(st ?? freshRecord()), remoteRev: null, creating: true, state: 'pending' });
    }
  }
  // A team site takes fields only (a status change is an action op): what it keeps is its own status.
  const keepsSiteStatus = ctx.team ? st?.baseStatus != null : !localStatusChanged;
  const sent: Article = { ...(keepsSiteStatus ? { ...local, status: st!.baseStatus!, schedule: st!.baseSchedule } : local), ...fields };
  const hash = fieldsHash(fields);
  const idempotencyKey = creating ? `cd-${id}-create-${hash}` : `cd-${id}-${local.rev}-${st!.remoteRev}`;
  const stNow = ctx.state.articles[id];
  if (stNow && !stNow.attempts?.includes(hash)) setArticle(ctx, id, { ...stNow, attempts: [...(stNow.attempts ?? []), hash].slice(-8) });
  return { id, local, st, fields, creating, sent, idempotencyKey };
}

/**
 * Records an update as in flight, durably, before it is sent. Without it a crash (SIGKILL, power
 * loss) after the site applied the update but before its answer was recorded left the record at
 * the old base: the next pull then took our own write for someone else's edit and raised a false
 * conflict against every local edit made since (found by sync-crash.test.ts). With it, the next
 * start settles the update first, like one whose answer was lost (see settleInflight): the site
 * replays it if it landed (its fields become the base) or refuses it with 409 if it did not.
 * A definite answer clears it again (success: recordSynced; refusal: pushRefused). When the
 * attempt cannot be written (a full disk) the update is sent anyway, as before.
 */
async function writeAhead(ctx: EngineState, a: PushAttempt): Promise<void> {
  const { id, local, st, fields, sent, idempotencyKey } = a;
  const written = await ctx.files.writeAttempt(id, fields).then(
    () => true,
    () => false,
  );
  if (!written || !st?.remoteRev) return;
  setArticle(ctx, id, { ...ctx.state.articles[id]!, inflight: { key: idempotencyKey, baseRev: st.remoteRev, localRev: local.rev, status: sent.status, schedule: sent.schedule } });
  await persist(ctx).catch(() => {});
}

/** Sends one attempt (images first) and records what the site answered. */
async function send(ctx: EngineState, a: PushAttempt): Promise<PushOutcome | 'again'> {
  const { id, local, st, fields, creating, sent, idempotencyKey } = a;
  try {
    await uploadImagesOf(ctx, sent);
    if (!creating) await writeAhead(ctx, a);
    const result = await ctx.target.push({ article: sent, remoteId: creating ? null : st!.remoteId, baseRev: creating ? null : st!.remoteRev, idempotencyKey });
    ctx.connection = 'online';
    const all = sameValue(fields, editorFieldsOf(local));
    if (!creating) await ctx.files.writeBase(id, fields);
    const answered = (result as TeamPushExtra).remote;
    const status = answered?.status ?? sent.status;
    const schedule = answered ? answered.schedule : sent.schedule;
    recordSynced(ctx, id, { remoteId: result.remoteId, remoteRev: result.remoteRev, fields, status, schedule, updatedAt: '' }, all ? local.rev : -1);
    // Say so when WordPress published a post at once that was scheduled less than a minute ahead.
    if (result.publishedEarly) setArticle(ctx, id, { ...ctx.state.articles[id]!, reason: PUBLISHED_EARLY_NOTE });
    if (answered) {
      // First on the site: the actions that take it to its local status are queued (and hold it) before the answer is taken.
      if (creating) await queueCatchUp(ctx, id, idempotencyKey, local, answered).catch((e: unknown) => console.warn(`[copydesk] queueing the status of ${id}: ${describeError(e)}`));
      // A team site answered the article as stored (an edit after approval went back to review,
      // a live article got a pending update): take its state, unless an action is on its way.
      if (!statusHeld(ctx, id) && differsFromTeamAnswer(local, answered)) await takeRemote(ctx, answered, true).catch((e: unknown) => console.warn(`[copydesk] ${describeError(e)}`));
      if (creating) await tellCatchUpShort(ctx, id, answered);
    } else if (result.status && result.status !== sent.status) {
      // The site ended elsewhere than asked (a schedule already due was published at once):
      // take its state, as if it had come through the changes feed.
      const current = await ctx.target.fetch(result.remoteId).catch(() => null);
      if (current) await takeRemote(ctx, current, true).catch((e: unknown) => console.warn(`[copydesk] ${describeError(e)}`));
    }
    const latest = ctx.latestRevs.get(id);
    if (!all) enqueue(ctx, id, local.rev);
    else if (latest !== undefined && latest > Math.max(local.rev, ctx.state.articles[id]?.syncedLocalRev ?? -1)) enqueue(ctx, id, latest);
    return 'pushed';
  } catch (err) {
    return pushRefused(ctx, a, err);
  }
}
