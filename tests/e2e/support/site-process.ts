import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './web-shell';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * A reference site as its own process (`tsx site/main.ts`, SQLite in a temp dir) with one
 * publisher account, which a test stops and starts again (a site that goes away and comes back).
 */
export async function startSiteProcess() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-site-'));
  const port = await freePort();
  const env = { ...process.env, COPYDESK_SITE_PORT: String(port), COPYDESK_SITE_DATA: dataDir };
  const added = spawnSync(process.execPath, ['--import', 'tsx', 'site/main.ts', 'user', 'add', 'chefin', '--role', 'publisher'], { cwd: root, env, encoding: 'utf8' });
  const token = added.stdout.trim().split('\n').pop()!.trim();
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new Error(`no site token: ${added.stdout}${added.stderr}`);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'site/main.ts'], { cwd: root, env, stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${url}/robots.txt`).then((r) => r.ok, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the site did not start');
  };
  const stop = async () => {
    const proc = child as ChildProcess | null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
    });
  };
  await start();
  return {
    url,
    token,
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
