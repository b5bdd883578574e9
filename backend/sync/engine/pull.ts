import { mapLimit } from '../../storage/map-limit';
import type { TeamChangesPage, TeamRemoteArticle } from '../targets/team-target';
import { describeError } from './compare';
import { persist, type EngineState } from './engine-state';
import { takeRemote } from './take-remote';
import { takePresence, takeTeamParts } from './team-feed';
import type { SyncRoundSummary } from './types';

/**
 * Articles of one page taken at once. Each take touches only its own article's files and record,
 * and their durable writes (fsync) overlap, so the disk commits several at a time: a joining app
 * takes a big site at several times the rate of one take after another.
 */
export const TAKE_CONCURRENCY = 8;

/** At least this long between two saves of the cursor mid-pull, and ten times what the last save took (a big state costs more to write: at most a tenth of the pull goes to it). */
const SAVE_EVERY_MS = 1000;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function takeOne(ctx: EngineState, remote: TeamRemoteArticle, summary: SyncRoundSummary): Promise<void> {
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

/**
 * Reads the target's changes feed from the stored cursor to its end, taking every change in;
 * a team site's threads and inventory go to the sink page by page (before the cursor moves
 * past them), its presence list once, from the last page. Mid-pull the records are saved, then
 * the cursor past them (in that order: a cut never leaves a cursor ahead of its records), so an
 * interrupted first sync resumes where it was. The progress is the pull's: changes taken of all.
 */
export async function pullAll(ctx: EngineState, summary: SyncRoundSummary): Promise<void> {
  let cursor = ctx.state.cursor;
  let last: TeamChangesPage | null = null;
  let savedAt = performance.now();
  let saveMs = 0;
  let done = 0;
  for (let page = 0; page < 10_000; page++) {
    const result: TeamChangesPage = await ctx.target.pull(cursor);
    ctx.connection = 'online';
    last = result;
    const inPage = result.changes.length + (result.team?.threads?.length ?? 0) + (result.team?.ads?.length ?? 0);
    const progress = { done, total: done + inPage + (result.remaining ?? 0), phase: 'receiving' as const };
    if (result.more || page > 0) ctx.progress = progress;
    await mapLimit(result.changes, TAKE_CONCURRENCY, async (remote) => {
      await takeOne(ctx, remote, summary);
      progress.done++;
    });
    await takeTeamParts(ctx, result);
    done += inPage;
    progress.done = done;
    if (result.more && performance.now() - savedAt >= Math.max(SAVE_EVERY_MS, 10 * saveMs)) {
      const t0 = performance.now();
      await persist(ctx); // the records of what was taken …
      if (result.cursor !== cursor) ctx.dirty = true;
      ctx.state.cursor = result.cursor;
      await persist(ctx); // … then the cursor past them
      savedAt = performance.now();
      saveMs = savedAt - t0;
    } else {
      if (result.cursor !== cursor) ctx.dirty = true;
      ctx.state.cursor = result.cursor;
    }
    cursor = result.cursor;
    if (!result.more) break;
    // The app stays usable while a big site comes in: whatever waits runs between two pages.
    await yieldToLoop();
  }
  if (last) takePresence(ctx, last);
  ctx.lastPullAt = ctx.now();
}
