import type { TeamOp } from '../../core/sync/team-op';
import type { Actor } from '../../core/workflow/roles';
import type { TeamChannel } from '../sync/team/team-port';

/**
 * Queues what a person just did here for the connected site (after it was applied locally, so
 * only what passed the local checks travels). Without a site nothing is queued. A failure to
 * queue durably is thrown: the caller's call then fails instead of silently not travelling.
 */
export async function tellTeam(team: TeamChannel, op: TeamOp, by: Actor): Promise<void> {
  if (team.account() === null) return;
  await team.enqueue(op, by);
}
