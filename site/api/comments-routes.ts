import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema } from '../../core/article/article';
import { AppError } from '../../core/contract/result';
import { siteCommentCreateSchema, siteCommentReplySchema, siteCommentResolveSchema } from '../../core/sync/reference-site-api';
import { articleExists } from '../articles/store';
import { suggestionChangeSchema, suggestionSettleSchema } from '../../core/comments/suggestion-change';
import { openThread, replyToThread, setThreadResolved } from '../comments/commands';
import { saveSuggestion, settle } from '../comments/suggestions';
import { listThreads } from '../comments/store';
import type { SiteContext } from '../context';
import { requireUser } from './authenticate';
import { parseInput } from './errors';
import { runWrite } from './idempotency';

const articleParams = z.object({ id: idSchema });
const threadParams = z.object({ id: idSchema, threadId: idSchema });

/**
 * Comment threads, for every signed-in role (reviewers comment too), answering `{ thread }` in
 * core's commentThread shape with the account's display name as author:
 * GET /api/v1/articles/:id/comments -> { threads }; POST …/comments { id, anchor, text } -> 201;
 * POST …/comments/:threadId/replies { id, text } -> 201; POST …/comments/:threadId/resolve
 * { resolved } -> 200. Retries with the same ids, author and text are replays. Suggestions are
 * threads too: PUT /api/v1/articles/:id/suggestions/:threadId { anchor, insert, before? } -> 200
 * (any role; its author only, while open); POST …/suggestions/:threadId/settle { outcome } -> 200
 * (accepting is for editors and publishers: a reviewer gets 403).
 */
export function registerCommentRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const engine = site.db.engine;
  const now = () => site.clock.now();
  const base = '/api/v1/articles/:id/comments';

  app.get(base, async (request) => {
    await requireUser(request, db);
    const { id } = parseInput(articleParams, request.params, 'path');
    if (!(await articleExists(db, id))) throw new AppError('NOT_FOUND', `There is no article with id ${id}.`);
    return { threads: await listThreads(db, id) };
  });

  app.post(base, async (request, reply) => {
    const user = await requireUser(request, db);
    const { id } = parseInput(articleParams, request.params, 'path');
    const body = parseInput(siteCommentCreateSchema, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 201, body: { thread: await openThread({ trx, engine, user, now: now() }, id, body) } }), now);
  });

  app.post(`${base}/:threadId/replies`, async (request, reply) => {
    const user = await requireUser(request, db);
    const { id, threadId } = parseInput(threadParams, request.params, 'path');
    const body = parseInput(siteCommentReplySchema, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 201, body: { thread: await replyToThread({ trx, engine, user, now: now() }, id, threadId, body) } }), now);
  });

  app.post(`${base}/:threadId/resolve`, async (request, reply) => {
    const user = await requireUser(request, db);
    const { id, threadId } = parseInput(threadParams, request.params, 'path');
    const { resolved } = parseInput(siteCommentResolveSchema, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { thread: await setThreadResolved({ trx, engine, user, now: now() }, id, threadId, resolved) } }), now);
  });

  const suggestion = '/api/v1/articles/:id/suggestions/:threadId';
  app.put(suggestion, async (request, reply) => {
    const user = await requireUser(request, db);
    const { id, threadId } = parseInput(threadParams, request.params, 'path');
    const body = parseInput(suggestionChangeSchema.strict(), request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { thread: await saveSuggestion({ trx, engine, user, now: now() }, id, threadId, body) } }), now);
  });

  app.post(`${suggestion}/settle`, async (request, reply) => {
    const user = await requireUser(request, db);
    const { id, threadId } = parseInput(threadParams, request.params, 'path');
    const { outcome } = parseInput(suggestionSettleSchema, request.body, 'body');
    return runWrite(request, reply, db, user, async (trx) => ({ status: 200, body: { thread: await settle({ trx, engine, user, now: now() }, id, threadId, outcome) } }), now);
  });
}
