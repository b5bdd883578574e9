import { mkdir, readFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROLES, type Role } from '../core/workflow/roles';
import type { SecretBox } from '../backend/storage/secret-box';
import { createFileSecretBox } from '../backend/storage/key-file-box';
import { replaceFileDurably } from '../backend/storage/durable-write';
import { addUser } from '../site/auth/users';
import { systemClock, type Clock } from '../site/clock';
import { openDatabase } from '../site/db/connect';
import { createSiteServer } from '../site/server';

export interface EmbeddedSite {
  url: string;
  /** One API token per local user (editor, reviewer, publisher). */
  tokens: Record<Role, string>;
  close(): Promise<void>;
}

export interface EmbeddedSiteOptions {
  dataDir: string;
  /** Default COPYDESK_SITE_PORT or 4400; when taken, a free port. */
  port?: number;
  secretBox?: SecretBox;
  clock?: Clock;
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The three local users' tokens, created once and kept sealed in <dataDir>/site/tokens.sealed. */
async function localTokens(db: Awaited<ReturnType<typeof openDatabase>>, dir: string, box: SecretBox, now: Date): Promise<Record<Role, string>> {
  const file = path.join(dir, 'tokens.sealed');
  try {
    const tokens = JSON.parse(await box.open((await readFile(file, 'utf8')).trim())) as Record<Role, string>;
    if (ROLES.every((r) => typeof tokens[r] === 'string')) return tokens;
  } catch {
    // none yet, or sealed by another box: make new users below
  }
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    let created: { token: string } | null = null;
    for (let n = 1; !created; n++) {
      try {
        created = await addUser(db.kysely, n === 1 ? role : `${role}-${n}`, role, now);
      } catch (err) {
        if (n > 20) throw err;
      }
    }
    tokens[role] = created.token;
  }
  await replaceFileDurably(file, await box.seal(JSON.stringify(tokens)), 0o600);
  await chmod(file, 0o600);
  return tokens;
}

/**
 * Starts the reference site inside the app: SQLite in <dataDir>/site, on 127.0.0.1 only,
 * with local users bootstrapped once. `npm run web` and the Electron app register it as the
 * default sync target, so write -> schedule -> sync -> /artikel/{slug} needs no setup.
 */
export async function startEmbeddedSite(options: EmbeddedSiteOptions): Promise<EmbeddedSite> {
  const dir = path.join(options.dataDir, 'site');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const clock = options.clock ?? systemClock;
  const db = await openDatabase({ sqliteDir: dir });
  try {
    const tokens = await localTokens(db, dir, options.secretBox ?? createFileSecretBox(options.dataDir), clock.now());
    const wanted = options.port ?? Number(process.env.COPYDESK_SITE_PORT ?? 4400);
    const port = (await portIsFree(wanted)) ? wanted : 0;
    const server = await createSiteServer({ db, clock, identity: port ? { siteUrl: `http://127.0.0.1:${port}` } : {} });
    await server.listen({ host: '127.0.0.1', port });
    const actual = (server.server.address() as { port: number }).port;
    return {
      url: `http://127.0.0.1:${actual}`,
      tokens,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
