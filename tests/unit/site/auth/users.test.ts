import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, findUserByToken } from '../../../../site/auth/users';
import { openDatabase, type OpenDatabase } from '../../../../site/db/connect';
import { createTestDatabase, testEngines, type TestDatabaseHandle } from '../site-test-kit';

const NOW = new Date('2026-03-10T10:00:00Z');

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`site users on ${engine}`, () => {
    let handle: TestDatabaseHandle;
    let db: OpenDatabase;
    beforeEach(async () => {
      handle = await createTestDatabase(engine);
      db = await openDatabase(handle.target);
    });
    afterEach(async () => {
      await db.close();
      await handle.dispose();
    });

    it('gives each user a fresh 32-byte token and stores only its SHA-256 hash', async () => {
      const { user, token } = await addUser(db.kysely, 'anna', 'publisher', NOW);
      const other = await addUser(db.kysely, 'ben', 'editor', NOW);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(other.token).not.toBe(token);
      const rows = await db.kysely.selectFrom('site_users').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(rows.find((r) => r.name === 'anna')?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(await findUserByToken(db.kysely, token)).toEqual(user);
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      expect(await findUserByToken(db.kysely, tampered)).toBeNull();
    });

    it('refuses unknown roles and duplicate names', async () => {
      await expect(addUser(db.kysely, 'anna', 'admin', NOW)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await addUser(db.kysely, 'anna', 'editor', NOW);
      await expect(addUser(db.kysely, 'anna', 'reviewer', NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
    });
  });
}
