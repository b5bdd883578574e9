import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/contract/result';
import { AD_DOCUMENT_KINDS, AD_DOCUMENT_SCHEMAS } from '../ads/ad-schemas';
import { deleteAdDocument, listAdDocuments, putAdDocument } from '../ads/store';
import type { SiteContext } from '../context';
import { requireRole, requireUser } from './authenticate';
import { parseInput } from './errors';
import { runWrite } from './idempotency';

const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * Ad inventory and campaigns, for signed-in users:
 * GET /api/v1/ads/{slots|campaigns} -> { items }, PUT …/:id (publisher; body = the document,
 * its id must match) -> 201 new / 200 replaced, DELETE …/:id (publisher) -> 204.
 */
export function registerAdRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const now = () => site.clock.now();
  for (const kind of AD_DOCUMENT_KINDS) {
    const path = `/api/v1/ads/${kind}`;
    app.get(path, async (request) => {
      await requireUser(request, db);
      return { items: await listAdDocuments(db, kind) };
    });
    app.put(`${path}/:id`, async (request, reply) => {
      const user = await requireRole(request, db, ['publisher']);
      const { id } = parseInput(idParams, request.params, 'path');
      const doc = parseInput(AD_DOCUMENT_SCHEMAS[kind], request.body, 'body');
      if (doc.id !== id) throw new AppError('INVALID_ARGUMENT', `The document's id (${doc.id}) differs from the URL's (${id}).`);
      return runWrite(request, reply, db, user, async (trx) => ({ status: (await putAdDocument(trx, kind, id, doc, now())) ? 201 : 200, body: { item: doc } }), now);
    });
    app.delete(`${path}/:id`, async (request, reply) => {
      await requireRole(request, db, ['publisher']);
      const { id } = parseInput(idParams, request.params, 'path');
      const deleted = await db.transaction().execute((trx) => deleteAdDocument(trx, kind, id));
      if (!deleted) throw new AppError('NOT_FOUND', `There is no ${kind.slice(0, -1)} ${id}.`);
      return reply.code(204).send();
    });
  }
}
