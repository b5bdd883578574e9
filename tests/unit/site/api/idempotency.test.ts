import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_RETENTION_MS, pruneIdempotencyRecords, runWrite } from '../../../../site/api/idempotency';
import { installErrorHandling } from '../../../../site/api/errors';
import { addUser, type SiteUser } from '../../../../site/auth/users';
import { openDatabase, type OpenDatabase } from '../../../../site/db/connect';
import { createTestDatabase, testEngines, type TestDatabaseHandle } from '../site-test-kit';

const NOW = new Date('2026-03-10T10:00:00Z');

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`runWrite on ${engine}`, () => {
    let handle: TestDatabaseHandle;
    let db: OpenDatabase;
    let user: SiteUser;
    beforeEach(async () => {
      handle = await createTestDatabase(engine);
      db = await openDatabase(handle.target);
      user = (await addUser(db.kysely, 'eva', 'editor', NOW)).user;
    });
    afterEach(async () => {
      await db.close();
      await handle.dispose();
    });

    /** A route whose write stores an ad document and then fails when asked to. */
    async function appWithFailingWrite() {
      const app = Fastify();
      installErrorHandling(app);
      app.post<{ Body: { fail: boolean } }>('/w', (request, reply) =>
        runWrite(request, reply, db.kysely, user, async (trx) => {
          await trx.insertInto('site_ad_documents').values({ kind: 'slots', id: 'half', doc: '{}', updated_at: NOW.toISOString(), change_seq: 9999, deleted_at: null }).execute();
          if (request.body.fail) throw new Error('disk full');
          return { status: 201, body: { ok: true } };
        }, () => NOW),
      );
      await app.ready();
      return app;
    }

    const rows = async () => ({
      docs: (await db.kysely.selectFrom('site_ad_documents').select('id').where('id', '=', 'half').execute()).length,
      keys: (await db.kysely.selectFrom('site_idempotency').select('idem_key').execute()).length,
    });

    it('leaves nothing half-written when a write fails midway, and keeps no idempotency record', async () => {
      const app = await appWithFailingWrite();
      const res = await app.inject({ method: 'POST', url: '/w', payload: { fail: true }, headers: { 'idempotency-key': 'k1' } });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('INTERNAL');
      expect(await rows()).toEqual({ docs: 0, keys: 0 });
      await app.close();
    });

    it('stores the result and the key together when the write succeeds', async () => {
      const app = await appWithFailingWrite();
      const res = await app.inject({ method: 'POST', url: '/w', payload: { fail: false }, headers: { 'idempotency-key': 'k2' } });
      expect(res.statusCode).toBe(201);
      expect(await rows()).toEqual({ docs: 1, keys: 1 });
      await app.close();
    });

    it('forgets stored answers after the retention period, not before', async () => {
      const app = await appWithFailingWrite();
      await app.inject({ method: 'POST', url: '/w', payload: { fail: false }, headers: { 'idempotency-key': 'k3' } });
      await app.close();
      expect(await pruneIdempotencyRecords(db.kysely, new Date(NOW.getTime() + IDEMPOTENCY_RETENTION_MS - 1000))).toBe(0);
      expect(await pruneIdempotencyRecords(db.kysely, new Date(NOW.getTime() + IDEMPOTENCY_RETENTION_MS + 1000))).toBe(1);
      expect((await rows()).keys).toBe(0);
    });
  });
}
