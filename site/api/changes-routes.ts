import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { changesSince } from '../articles/staff-queries';
import type { SiteContext } from '../context';
import { requireUser } from './authenticate';
import { parseInput } from './errors';

const changesQuery = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * GET /api/v1/changes?cursor=N&limit=M: articles changed after the cursor (each at its current
 * state, oldest change first) and the cursor to pass next time. `more` says another page waits.
 */
export function registerChangesRoutes(app: FastifyInstance, site: SiteContext): void {
  app.get('/api/v1/changes', async (request) => {
    await requireUser(request, site.db.kysely);
    const { cursor, limit } = parseInput(changesQuery, request.query, 'query');
    const page = await changesSince(site.db.kysely, cursor, limit);
    return { articles: page.articles, cursor: page.cursor, more: page.articles.length === limit };
  });
}
