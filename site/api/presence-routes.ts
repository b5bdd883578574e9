import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import { sitePresenceBodySchema } from '../../core/sync/reference-site-api';
import { articleExists } from '../articles/store';
import type { SiteContext } from '../context';
import { currentPresence, setPresence } from '../presence/store';
import { requireUser } from './authenticate';
import { parseInput } from './errors';

const idParams = z.object({ id: idSchema });

/**
 * PUT /api/v1/articles/:id/presence { editing } (any signed-in role): a heartbeat while the
 * editor is open, `editing: false` on close. Answers { presence } of that article.
 */
export function registerPresenceRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  app.put('/api/v1/articles/:id/presence', async (request) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(idParams, request.params, 'path');
    const { editing } = parseInput(sitePresenceBodySchema, request.body, 'body');
    if (!(await articleExists(db, id))) throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
    const now = site.clock.now();
    await setPresence(db, id, user, editing, now);
    return { presence: await currentPresence(db, now, id) };
  });
}
