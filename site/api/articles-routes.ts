import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { articleFieldsSchema, idSchema, statusSchema } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import { changeArticleStatus } from '../articles/change-status';
import { createArticle, updateArticleFields } from '../articles/commands';
import { apiArticle } from '../articles/live-version';
import { getPublicArticleById, listPublicArticles } from '../articles/public-queries';
import { listAllArticles } from '../articles/staff-queries';
import { getArticle } from '../articles/store';
import type { SiteContext } from '../context';
import { transitionRequestSchema } from '../../core/workflow/index';
import { requireUser, userOf } from './authenticate';
import { parseInput } from './errors';
import { runWrite } from './idempotency';

const createBody = z.object({ id: idSchema.optional(), fields: articleFieldsSchema.partial().strict() }).strict();
const updateBody = z.object({ baseRev: z.number().int().nonnegative(), fields: articleFieldsSchema.partial().strict() }).strict();
// core's request schema (the app's IPC uses the same), with the id taken from the path and an
// optional baseRev: an action is checked against the current status, not a revision.
const statusBody = transitionRequestSchema.omit({ id: true }).extend({ baseRev: transitionRequestSchema.shape.baseRev.optional() });
const listQuery = z.object({
  status: statusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const idParams = z.object({ id: idSchema });

/**
 * /api/v1/articles. Without a token only public articles exist, in their live version
 * (everything else is 404); with one, every article's working copy (deleted ones only by id).
 * Writes run in a transaction and honour Idempotency-Key.
 */
export function registerArticleRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const engine = site.db.engine;
  const now = () => site.clock.now();

  app.get('/api/v1/articles', async (request) => {
    const query = parseInput(listQuery, request.query, 'query');
    const user = await userOf(request, db);
    if (user) return { articles: (await listAllArticles(db, query)).map(apiArticle) };
    return { articles: query.status && query.status !== 'published' ? [] : await listPublicArticles(db, now(), query.limit, query.offset) };
  });

  app.get('/api/v1/articles/:id', async (request) => {
    const { id } = parseInput(idParams, request.params, 'path');
    const user = await userOf(request, db);
    // Staff see the working copy (a deleted article too, with deletedAt); the public the live version.
    const article = user ? await getArticle(db, id) : await getPublicArticleById(db, id, now());
    if (!article) throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
    return { article: user ? apiArticle(article) : article };
  });

  app.post('/api/v1/articles', async (request, reply) => {
    const user = await requireUser(request, db);
    const body = parseInput(createBody, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 201, body: { article: apiArticle(await createArticle({ trx, engine, user, now: now() }, body)) } }), now);
  });

  app.put('/api/v1/articles/:id', async (request, reply) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(idParams, request.params, 'path');
    const body = parseInput(updateBody, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { article: apiArticle(await updateArticleFields({ trx, engine, user, now: now() }, { id, ...body })) } }), now);
  });

  app.post('/api/v1/articles/:id/status', async (request, reply) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(idParams, request.params, 'path');
    const body = parseInput(statusBody, request.body, 'body');
    const input = { id, ...body };
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { article: apiArticle(await changeArticleStatus({ trx, engine, user, now: now() }, input)) } }), now);
  });
}
