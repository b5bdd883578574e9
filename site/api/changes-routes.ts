import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { changesSince } from '../changes/changes-page';
import type { SiteContext } from '../context';
import { requireUser } from './authenticate';
import { parseInput } from './errors';

/** Most changes one page of the feed holds. */
export const MAX_CHANGES_PAGE = 1000;

const changesQuery = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_PAGE).default(100),
});

/**
 * GET /api/v1/changes?cursor=N&limit=M: articles, comment threads and ad documents changed
 * after the cursor (each at its current state, oldest change first, at most M in all), who is
 * editing what now, the cursor to pass next time, and whether another page waits (`more`).
 */
export function registerChangesRoutes(app: FastifyInstance, site: SiteContext): void {
  app.get('/api/v1/changes', async (request) => {
    await requireUser(request, site.db.kysely);
    const { cursor, limit } = parseInput(changesQuery, request.query, 'query');
    return changesSince(site.db.kysely, cursor, limit, site.clock.now());
  });
}
