import type { FastifyInstance } from 'fastify';
import type { SiteContext } from '../context';
import { requireUser } from './authenticate';

/** GET /api/v1/me: the signed-in account, `{ user: { id, name, role } }` (401 for a disabled one). */
export function registerMeRoutes(app: FastifyInstance, site: SiteContext): void {
  app.get('/api/v1/me', async (request) => {
    const { id, name, role } = await requireUser(request, site.db.kysely);
    return { user: { id, name, role } };
  });
}
