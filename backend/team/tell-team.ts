import { AppError } from '../../core/contract/result';
import type { TeamOp } from '../../core/sync/team-op';
import type { Actor } from '../../core/workflow/roles';
import type { TeamChannel } from '../sync/team/team-port';

/**
 * Queues what a person just did here for the connected site (after it was applied locally, so
 * only what passed the local checks travels). Without a site nothing is queued. When it cannot
 * be queued durably the call fails with STORAGE_FAILED saying so, instead of silently not travelling.
 */
export async function tellTeam(team: TeamChannel, op: TeamOp, by: Actor): Promise<void> {
  if (team.account() === null) return;
  try {
    await team.enqueue(op, by);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new AppError('STORAGE_FAILED', `Done here, but it could not be queued for the site: ${why}`, {
      messageDe: `Hier erledigt, aber es konnte nicht für die Website vorgemerkt werden: ${why}`,
      ...(err instanceof AppError ? { cause: err.code } : {}),
    });
  }
}
