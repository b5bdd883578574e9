import { mkdir, readFile, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROLES, type Role } from '../core/workflow/roles';
import type { SecretBox } from '../backend/storage/secret-box';
import { createFileSecretBox } from '../backend/storage/key-file-box';
import { replaceFileDurably } from '../backend/storage/durable-write';
import { AppError } from '../core/contract/result';
import { DEMO_TEAM } from '../backend/team/demo-team';
import { rotateUserToken } from '../site/auth/user-admin';
import { addUser } from '../site/auth/users';
import { systemClock, type Clock } from '../site/clock';
import { openDatabase } from '../site/db/connect';
import { createSiteServer } from '../site/server';

export interface EmbeddedSite {
  url: string;
  /** One API token per demo account (see DEMO_TEAM), by its role. */
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

/** What tokens.sealed holds: version 2 is the demo team (version 1, a bare role map, had users named by role). */
interface SealedTokens {
  version: 2;
  tokens: Record<Role, string>;
}

/** The demo account of `role` with a token: made once, or (its token lost) given a new token. */
async function demoAccount(db: Awaited<ReturnType<typeof openDatabase>>, role: Role, now: Date): Promise<string> {
  try {
    return (await addUser(db.kysely, DEMO_TEAM[role], role, now)).token;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'CONFLICT') throw err;
    return rotateUserToken(db.kysely, DEMO_TEAM[role]);
  }
}

/**
 * The demo team's tokens (one account per role: "Demo Redaktion", "Demo Prüfung", "Demo
 * Veröffentlichung"), created once and kept sealed in <dataDir>/site/tokens.sealed.
 */
async function localTokens(db: Awaited<ReturnType<typeof openDatabase>>, dir: string, box: SecretBox, now: Date): Promise<Record<Role, string>> {
  const file = path.join(dir, 'tokens.sealed');
  try {
    const sealed = JSON.parse(await box.open((await readFile(file, 'utf8')).trim())) as Partial<SealedTokens>;
    if (sealed.version === 2 && sealed.tokens && ROLES.every((r) => typeof sealed.tokens![r] === 'string')) return sealed.tokens;
  } catch {
    // none yet, sealed by another box, or the users of before the demo team: make the team below
  }
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = await demoAccount(db, role, now);
  const sealed: SealedTokens = { version: 2, tokens };
  await replaceFileDurably(file, await box.seal(JSON.stringify(sealed)), 0o600);
  await chmod(file, 0o600);
  return tokens;
}

/**
 * Starts the reference site inside the app: SQLite in <dataDir>/site, on 127.0.0.1 only,
 * with the demo team bootstrapped once. `npm run web` and the Electron app register it as the
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
