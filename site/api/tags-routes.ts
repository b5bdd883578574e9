import type { FastifyInstance } from 'fastify';
import { listTags } from '../articles/public-queries';
import type { SiteContext } from '../context';
import { userOf } from './authenticate';

/** GET /api/v1/tags: tags with counts and their page slug; only public articles count without a token. */
export function registerTagRoutes(app: FastifyInstance, site: SiteContext): void {
  app.get('/api/v1/tags', async (request) => {
    const user = await userOf(request, site.db.kysely);
    return { tags: await listTags(site.db.kysely, site.clock.now(), !user) };
  });
}
