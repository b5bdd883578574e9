import { queuedTeamOpSchema, type QueuedTeamOp } from '../../../core/sync/team-op';
import type { TeamOutboxEntry } from '../sync-state';
import { load, type EngineState } from './engine-state';

/**
 * Queues a team op, durably: team-outbox.json is written before this returns (a full disk
 * throws, and then the op is not queued). The same op id twice is queued once. An op the
 * schema refuses throws at once: in the file it would make the whole outbox unreadable.
 */
export async function enqueueTeamOp(ctx: EngineState, op: QueuedTeamOp): Promise<void> {
  const queued = queuedTeamOpSchema.parse(op);
  await load(ctx);
  if (!ctx.team || ctx.teamOutbox.ops.some((e) => e.queued.id === queued.id)) return;
  const entry: TeamOutboxEntry = { queued, attempts: 0, nextAttemptAt: ctx.now(), lastError: null };
  ctx.teamOutbox.ops.push(entry);
  try {
    await ctx.files.writeTeamOutbox(ctx.teamOutbox);
  } catch (err) {
    ctx.teamOutbox.ops = ctx.teamOutbox.ops.filter((e) => e !== entry);
    throw err;
  }
}

/** Takes a sent (or refused) op out of the team outbox; written with the round's persist. */
export function dropTeamOp(ctx: EngineState, id: string): void {
  ctx.teamOutbox.ops = ctx.teamOutbox.ops.filter((e) => e.queued.id !== id);
  ctx.teamDirty = true;
}

/**
 * Whether a status action for the article waits in the team outbox: then its local status is
 * the person's decision on its way, and the engine neither pushes it nor takes the site's over it.
 */
export const statusHeld = (ctx: EngineState, articleId: string): boolean =>
  ctx.team !== null && ctx.teamOutbox.ops.some((e) => e.queued.op.kind === 'action' && e.queued.op.articleId === articleId);

/** Whether an op is due (the background loop runs a round then). */
export const teamOpsDue = (ctx: EngineState): boolean => ctx.team !== null && ctx.teamOutbox.ops.some((e) => e.nextAttemptAt <= ctx.now());
