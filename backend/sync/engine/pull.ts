import type { TeamChangesPage } from '../targets/team-target';
import { describeError } from './compare';
import type { EngineState } from './engine-state';
import { takeRemote } from './take-remote';
import { takePresence, takeTeamParts } from './team-feed';
import type { SyncRoundSummary } from './types';

/**
 * Reads the target's changes feed from the stored cursor to its end, taking every change in;
 * a team site's threads and inventory go to the sink page by page (before the cursor moves
 * past them), its presence list once, from the last page.
 */
export async function pullAll(ctx: EngineState, summary: SyncRoundSummary): Promise<void> {
  let cursor = ctx.state.cursor;
  let last: TeamChangesPage | null = null;
  for (let page = 0; page < 10_000; page++) {
    const result: TeamChangesPage = await ctx.target.pull(cursor);
    ctx.connection = 'online';
    last = result;
    for (const remote of result.changes) {
      try {
        const outcome = await takeRemote(ctx, remote);
        if (outcome !== 'skipped') summary.pulled++;
        if (outcome === 'conflict') summary.conflicts++;
      } catch (err) {
        // A local save raced with this one: the article is queued, and its push will meet
        // the site's version again (409) and merge then.
        console.warn(`[copydesk] taking ${remote.remoteId} from the site failed: ${describeError(err)}`);
      }
    }
    await takeTeamParts(ctx, result);
    if (result.cursor !== cursor) ctx.dirty = true;
    cursor = result.cursor;
    ctx.state.cursor = cursor;
    if (!result.more) break;
  }
  if (last) takePresence(ctx, last);
  ctx.lastPullAt = ctx.now();
}
