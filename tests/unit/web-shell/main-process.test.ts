// The real web shell process (node --import tsx web-shell/main.ts), as `npm run web` and the
// e2e suite start it: refused start-ups must exit non-zero with a message, not a stack trace.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port';

const root = path.resolve(__dirname, '../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-shell-proc-'));
const dataDir = path.join(tmp, 'data');
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});


interface Shell {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the shell printed its URL (true) or exited first (false). */
  started: Promise<boolean>;
  exited: Promise<number | null>;
}

async function launch(env: Record<string, string> = {}): Promise<Shell> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'web-shell/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      COPYDESK_DATA_DIR: dataDir,
      COPYDESK_PORT: String(port),
      COPYDESK_WEB_TOKEN: randomBytes(24).toString('base64url'),
      COPYDESK_EMBEDDED_SITE: '0',
      COPYDESK_LANG: 'en',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = new Promise<boolean>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Copydesk web shell: http://')) resolve(true);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => resolve(false));
  });
  return { child, output: () => output, started, exited };
}

const lockFile = path.join(dataDir, 'copydesk.lock');

describe('the web shell process', () => {
  it('refuses a weak COPYDESK_WEB_TOKEN with a message and a non-zero exit, before it opens any data', async () => {
    const shell = await launch({ COPYDESK_WEB_TOKEN: 'hunter2hunter2' });
    expect(await shell.started).toBe(false);
    expect(await shell.exited).toBe(1);
    expect(shell.output()).toContain('COPYDESK_WEB_TOKEN is too weak: it has 14 characters, at least 32 are needed');
    expect(shell.output()).not.toMatch(/^\s+at /m);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('refuses a second shell on the same data directory, naming the first; a killed one is taken over; a stopped one leaves no lock', async () => {
    const first = await launch();
    expect(await first.started, first.output()).toBe(true);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: first.child.pid, host: 'web' });

    const second = await launch();
    expect(await second.started).toBe(false);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`The data directory ${dataDir} is in use by the Copydesk web shell (pid ${first.child.pid}, since `);
    expect(second.output()).not.toMatch(/^\s+at /m);
    // The refused shell did not touch the holder's lock.
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(first.child.pid);

    // A crash (kill -9) leaves the lock behind; the next start takes it over.
    first.child.kill('SIGKILL');
    await first.exited;
    const third = await launch();
    expect(await third.started, third.output()).toBe(true);
    expect(third.output()).toContain(`took over the data directory lock of the Copydesk web shell (pid ${first.child.pid}`);
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(third.child.pid);

    // A clean stop releases it.
    third.child.kill('SIGTERM');
    const code = await third.exited;
    expect(code, `${third.child.signalCode} ${third.output()}`).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 120_000);
});
