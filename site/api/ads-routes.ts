import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { adSettingsSchema, DEFAULT_AD_SETTINGS } from '../../core/ads/index';
import { AppError } from '../../core/contract/result';
import { AD_DOCUMENT_SCHEMAS, AD_LIST_KINDS, AD_SETTINGS_ID } from '../ads/ad-schemas';
import { deleteAdDocument, listAdDocuments, putAdDocument } from '../ads/store';
import type { SiteContext } from '../context';
import { requireRole, requireUser } from './authenticate';
import { parseInput } from './errors';
import { runWrite } from './idempotency';

const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * Ad inventory, campaigns and placement settings, for signed-in users:
 * GET /api/v1/ads/{slots|campaigns} -> { items }, PUT …/:id (publisher; body = the document,
 * its id must match) -> 201 new / 200 replaced, DELETE …/:id (publisher) -> 204 (again 204 for
 * a deleted one, 404 for one that never was). GET /api/v1/ads/settings -> { settings };
 * PUT /api/v1/ads/settings (or …/settings/default; publisher) -> { settings }.
 */
export function registerAdRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const now = () => site.clock.now();
  for (const kind of AD_LIST_KINDS) {
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
      const user = await requireRole(request, db, ['publisher']);
      const { id } = parseInput(idParams, request.params, 'path');
      return runWrite(request, reply, db, user, async (trx) => {
        if (!(await deleteAdDocument(trx, kind, id, now()))) throw new AppError('NOT_FOUND', `There is no ${kind.slice(0, -1)} ${id}.`);
        return { status: 204, body: null };
      }, now);
    });
  }

  app.get('/api/v1/ads/settings', async (request) => {
    await requireUser(request, db);
    const [stored] = await listAdDocuments(db, 'settings');
    return { settings: stored ?? DEFAULT_AD_SETTINGS };
  });
  for (const path of ['/api/v1/ads/settings', `/api/v1/ads/settings/${AD_SETTINGS_ID}`]) {
    app.put(path, async (request, reply) => {
      const user = await requireRole(request, db, ['publisher']);
      const settings = parseInput(adSettingsSchema, request.body, 'body');
      return runWrite(request, reply, db, user, async (trx) => ({ status: (await putAdDocument(trx, 'settings', AD_SETTINGS_ID, settings, now())) ? 201 : 200, body: { settings } }), now);
    });
  }
  app.delete(`/api/v1/ads/settings/${AD_SETTINGS_ID}`, async (request) => {
    await requireRole(request, db, ['publisher']);
    throw new AppError('INVALID_ARGUMENT', 'The ad settings cannot be deleted; put new settings instead.');
  });
}
