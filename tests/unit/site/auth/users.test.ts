import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listUsers, rotateUserToken, setUserDisabled } from '../../../../site/auth/user-admin';
import { addUser, findAccountByToken, findUserByToken } from '../../../../site/auth/users';
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

    it('takes display names with spaces, umlauts, ß and punctuation, trimmed', async () => {
      for (const name of ['Anna Editor', 'Jürgen Groß', "Renée O'Brien-Müller (Desk), Jr.", 'ops_1@haus', 'Ελένη']) {
        const { user } = await addUser(db.kysely, `  ${name} `, 'editor', NOW);
        expect(user.name).toBe(name);
      }
      expect((await listUsers(db.kysely)).map((u) => u.name)).toContain('Jürgen Groß');
    });

    it('refuses names with markup, control characters, nothing or too much, and unknown roles', async () => {
      for (const name of ['<img src=x onerror=alert(1)>', 'Anna & Ben', 'Tab\there', 'Zeile\numbruch', '"Zitat"', '   ', 'x'.repeat(101)]) {
        await expect(addUser(db.kysely, name, 'editor', NOW), JSON.stringify(name)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      }
      await expect(addUser(db.kysely, 'anna', 'admin', NOW)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect(await listUsers(db.kysely)).toEqual([]);
    });

    it('keeps names unique regardless of case', async () => {
      await addUser(db.kysely, 'Anna Editor', 'editor', NOW);
      await expect(addUser(db.kysely, 'anna editor', 'reviewer', NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(addUser(db.kysely, 'ANNA EDITOR', 'reviewer', NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await listUsers(db.kysely)).toHaveLength(1);
    });

    it('disables and enables an account by name in any case, and lists it that way', async () => {
      const { user, token } = await addUser(db.kysely, 'Anna Editor', 'editor', NOW);
      await setUserDisabled(db.kysely, 'anna editor', true, NOW);
      expect(await findUserByToken(db.kysely, token)).toBeNull();
      expect(await findAccountByToken(db.kysely, token)).toEqual({ user, disabled: true });
      expect(await listUsers(db.kysely)).toEqual([{ name: 'Anna Editor', role: 'editor', disabled: true, createdAt: NOW.toISOString() }]);
      await setUserDisabled(db.kysely, 'Anna Editor', false, NOW);
      expect(await findUserByToken(db.kysely, token)).toEqual(user);
      await expect(setUserDisabled(db.kysely, 'Niemand', true, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('rotates a token: the new one works, the old one stops at once', async () => {
      const { user, token } = await addUser(db.kysely, 'Ben Prüfer', 'reviewer', NOW);
      const fresh = await rotateUserToken(db.kysely, 'ben prüfer');
      expect(fresh).not.toBe(token);
      expect(await findUserByToken(db.kysely, token)).toBeNull();
      expect(await findUserByToken(db.kysely, fresh)).toEqual(user);
      await expect(rotateUserToken(db.kysely, 'Niemand')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
