import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findUserByToken } from '../../../../site/auth/users';
import { runUserCommand } from '../../../../site/cli/user-commands';
import { openDatabase, type OpenDatabase } from '../../../../site/db/connect';
import { createTestDatabase, testEngines, type TestDatabaseHandle } from '../site-test-kit';

const NOW = new Date('2026-03-10T10:00:00Z');

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`user commands on ${engine}`, () => {
    let handle: TestDatabaseHandle;
    let db: OpenDatabase;
    let out: string[];
    let err: string[];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    beforeEach(async () => {
      handle = await createTestDatabase(engine);
      db = await openDatabase(handle.target);
      out = [];
      err = [];
    });
    afterEach(async () => {
      await db.close();
      await handle.dispose();
    });
    const lastToken = () => out.at(-1)?.split('\n').at(-1) ?? '';

    it('adds, lists, disables, enables and rotates, printing each token once', async () => {
      expect(await runUserCommand(db.kysely, { kind: 'user-add', name: 'Anna Editor', role: 'editor' }, NOW, io)).toBe(0);
      const token = lastToken();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await runUserCommand(db.kysely, { kind: 'user-add', name: 'Jürgen Groß', role: 'publisher' }, NOW, io)).toBe(0);

      out = [];
      await runUserCommand(db.kysely, { kind: 'user-disable', name: 'anna editor' }, NOW, io);
      await runUserCommand(db.kysely, { kind: 'user-list' }, NOW, io);
      expect(out.slice(1)).toEqual(['Anna Editor\teditor\tdisabled\t2026-03-10T10:00:00.000Z', 'Jürgen Groß\tpublisher\tactive\t2026-03-10T10:00:00.000Z']);
      expect(out.join('\n')).not.toContain(token);
      expect(await findUserByToken(db.kysely, token)).toBeNull();

      await runUserCommand(db.kysely, { kind: 'user-enable', name: 'Anna Editor' }, NOW, io);
      expect(await findUserByToken(db.kysely, token)).toMatchObject({ name: 'Anna Editor' });
      await runUserCommand(db.kysely, { kind: 'user-rotate', name: 'Anna Editor' }, NOW, io);
      const rotated = lastToken();
      expect(rotated).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await findUserByToken(db.kysely, token)).toBeNull();
      expect(await findUserByToken(db.kysely, rotated)).toMatchObject({ name: 'Anna Editor', role: 'editor' });
      expect(err).toEqual([]);
    });

    it('answers refusals with exit code 1 and a plain message', async () => {
      await runUserCommand(db.kysely, { kind: 'user-add', name: 'Anna Editor', role: 'editor' }, NOW, io);
      expect(await runUserCommand(db.kysely, { kind: 'user-add', name: 'ANNA EDITOR', role: 'editor' }, NOW, io)).toBe(1);
      expect(await runUserCommand(db.kysely, { kind: 'user-disable', name: 'Niemand' }, NOW, io)).toBe(1);
      expect(await runUserCommand(db.kysely, { kind: 'user-add', name: '<b>Anna</b>', role: 'editor' }, NOW, io)).toBe(1);
      expect(err).toEqual(['A user named "ANNA EDITOR" already exists.', 'There is no user named "Niemand".', expect.stringContaining('1-100 letters')]);
    });
  });
}
