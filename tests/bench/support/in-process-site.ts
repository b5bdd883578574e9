import { addUser } from '../../../site/auth/users';
import { openDatabase } from '../../../site/db/connect';
import { createSiteServer } from '../../../site/server';

/** A reference site in this process on a free loopback port (SQLite in `dir`), with a publisher token. */
export async function startSite(dir: string) {
  const db = await openDatabase({ sqliteDir: dir });
  const server = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  const publisher = (await addUser(db.kysely, 'bench', 'publisher', new Date())).token;
  return { url, publisher, close: async () => (await server.close(), await db.close()) };
}
