import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/free-port';
export { freePort } from '../../support/free-port';

const root = path.resolve(import.meta.dirname, '../../..');

export interface WebShell {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** The embedded reference site's address, once the shell has started it. */
  siteUrl(): string | null;
  stop(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
  /** Moves the back end's clock: `ms` from now on (the scheduler sees it within a second). */
  setClockOffset(ms: number): void;
  call<T = unknown>(name: string, args?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }>;
}

/**
 * `npm test` builds first and sets COPYDESK_E2E_BUNDLE=1: then the bundled web shell starts in
 * well under a second. Run directly (npx playwright test), the sources run through tsx, so a
 * stale bundle can never be what is tested. Either way one process, so SIGKILL really kills it.
 */
function webShellArgs(): string[] {
  const bundle = path.join(root, 'build/web-shell/main.mjs');
  if (process.env.COPYDESK_E2E_BUNDLE === '1') {
    if (!existsSync(bundle)) throw new Error('COPYDESK_E2E_BUNDLE=1 but build/web-shell/main.mjs is missing: run npm run build');
    return [bundle];
  }
  return ['--import', 'tsx', 'web-shell/main.ts'];
}


/** Starts the real web shell (tsx web-shell/main.ts) on a free port with its own data dir. */
export async function startWebShell(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<WebShell> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  // As strong as the web shell requires of COPYDESK_WEB_TOKEN (web-shell/launch-token.ts).
  const token = `e2e-${randomBytes(24).toString('base64url')}`;
  const clockFile = `${dataDir}.clock`;
  const port = await freePort();
  let child: ChildProcess | null = null;
  let siteUrl: string | null = null;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(process.execPath, webShellArgs(), {
        cwd: root,
        env: { ...process.env, COPYDESK_DATA_DIR: dataDir, COPYDESK_PORT: String(port), COPYDESK_WEB_TOKEN: token, COPYDESK_LANG: 'en', COPYDESK_CLOCK_FILE: clockFile, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let output = '';
      const timer = setTimeout(() => reject(new Error(`web shell did not start in time:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const site = /Copydesk site: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (site) siteUrl = site[1]!;
        if (output.includes('Copydesk web shell: http://')) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', (code) => {
        clearTimeout(timer);
        if (!output.includes('Copydesk web shell: http://')) reject(new Error(`web shell exited (${code}):\n${output}`));
      });
    });

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const proc = child as ChildProcess | null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  };

  await launch();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dataDir,
    siteUrl: () => siteUrl,
    stop,
    setClockOffset: (ms) => writeFileSync(clockFile, String(ms)),
    restart: async () => {
      await stop();
      await launch();
    },
    call: async (name, args = {}) => {
      const res = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': token },
        body: JSON.stringify(args),
      });
      return res.json();
    },
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.clock`, { force: true });
}
