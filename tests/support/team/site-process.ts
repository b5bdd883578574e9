import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../free-port';
import { freshSiteDatabase, type SiteDatabase } from './site-database';

const root = path.resolve(import.meta.dirname, '../../..');
export interface SiteUserAdded {
  /** Exit code of `site/main.ts user add`. */
  code: number;
  /** The API token when the user was created. */
  token: string | null;
  output: string;
}

export interface SiteProcess {
  url: string;
  database: SiteDatabase;
  /** Runs `tsx site/main.ts user add NAME --role ROLE` against this site's database. */
  addUser(name: string, role: 'editor' | 'reviewer' | 'publisher'): SiteUserAdded;
  /** (Re)starts the server process; resolves once it answers. */
  start(): Promise<void>;
  /** Stops the server process (the data stays): the newsroom is offline. */
  stop(): Promise<void>;
  running(): boolean;
  /** The last lines the server printed (for failure messages). */
  log(): string;
  close(): Promise<void>;
}

/**
 * The reference site as its own process, as a newsroom runs it: `node --import tsx site/main.ts`
 * on a free loopback port, with a fresh database (PostgreSQL when there is one, see
 * site-database.ts), and the test clock in `clockFile` (COPYDESK_CLOCK_FILE, read by site/clock.ts
 * as by the web shells, so all five processes share one time).
 */
export async function startSiteProcess(options: { clockFile: string }): Promise<SiteProcess> {
  const database = await freshSiteDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, COPYDESK_SITE_PORT: String(port), COPYDESK_SITE_URL: url, COPYDESK_CLOCK_FILE: options.clockFile, ...database.env };
  // The site tests' own PG URL must not leak in as the site's database when we chose SQLite.
  if (database.kind === 'sqlite') delete env.DATABASE_URL;
  let child: ChildProcess | null = null;
  let output = '';

  const running = () => {
    const proc = child as ChildProcess | null;
    return !!proc && proc.exitCode === null && proc.signalCode === null;
  };
  const start = async () => {
    if (running()) return;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'site/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    proc.stdout!.on('data', keep);
    proc.stderr!.on('data', keep);
    for (let i = 0; i < 300; i++) {
      if (proc.exitCode !== null) throw new Error(`the site exited (${proc.exitCode}):\n${output}`);
      const up = await fetch(`${url}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the site did not start in 30 s:\n${output}`);
  };
  const stop = async () => {
    const proc = child as ChildProcess | null;
    if (!proc || !running()) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };
  const addUser = (name: string, role: string): SiteUserAdded => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'site/main.ts', 'user', 'add', name, '--role', role], { cwd: root, env, encoding: 'utf8' });
    const text = `${r.stdout}${r.stderr}`;
    const last = r.stdout.trim().split('\n').pop()?.trim() ?? '';
    const token = r.status === 0 && /^[A-Za-z0-9_-]{20,200}$/.test(last) ? last : null;
    return { code: r.status ?? -1, token, output: text.trim() };
  };

  await start();
  return {
    url,
    database,
    addUser,
    start,
    stop,
    running,
    log: () => output.split('\n').slice(-40).join('\n'),
    close: async () => {
      await stop();
      await database.drop();
    },
  };
}
