import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../core/article/article';
import { deleteArticle, restoreArticle } from '../articles/deletion';
import { apiArticle } from '../articles/live-version';
import type { SiteContext } from '../context';
import { requireUser } from './authenticate';
import { parseInput } from './errors';
import { runWrite } from './idempotency';

const idParams = z.object({ id: idSchema });

/**
 * DELETE /api/v1/articles/:id (editor, publisher; 409 for a live or scheduled article) and
 * POST /api/v1/articles/:id/restore, both answering { article } with its deletedAt.
 */
export function registerArticleDeletionRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const engine = site.db.engine;
  const now = () => site.clock.now();

  app.delete('/api/v1/articles/:id', async (request, reply) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(idParams, request.params, 'path');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { article: apiArticle(await deleteArticle({ trx, engine, user, now: now() }, id)) } }), now);
  });

  app.post('/api/v1/articles/:id/restore', async (request, reply) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(idParams, request.params, 'path');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { article: apiArticle(await restoreArticle({ trx, engine, user, now: now() }, id)) } }), now);
  });
}
