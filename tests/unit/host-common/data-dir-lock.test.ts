import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError, LOCK_FILE_NAME, STALE_MS, type DataDirLock, type LockHolder } from '../../../host-common/data-dir-lock';

const dirs: string[] = [];
const locks: DataDirLock[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-lock-'));
  dirs.push(dir);
  return path.join(dir, 'data');
}

async function take(dir: string, options: Parameters<typeof acquireDataDirLock>[1]): Promise<DataDirLock> {
  const lock = await acquireDataDirLock(dir, options);
  locks.push(lock);
  return lock;
}

/** A lock file as another (or an earlier) process would have left it. */
function plant(dir: string, holder: Partial<LockHolder>, ageMs = 0): void {
  const file = path.join(dir, LOCK_FILE_NAME);
  const full: LockHolder = { pid: 1, host: 'web', hostname: os.hostname(), since: new Date(Date.now() - ageMs).toISOString(), id: 'planted', ...holder };
  writeFileSync(file, JSON.stringify(full));
  const t = new Date(Date.now() - ageMs);
  utimesSync(file, t, t);
}

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A real process that is alive, and a pid that certainly is not (a process that has exited). */
async function liveProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

describe('the data directory lock', () => {
  it('creates the data directory and a lock file naming this process', async () => {
    const dir = dataDir();
    const lock = await take(dir, { host: 'web' });
    expect(lock.file).toBe(path.join(dir, LOCK_FILE_NAME));
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, host: 'web', hostname: os.hostname(), since: expect.any(String) });
    expect(lock.tookOver).toBeNull();
    // No temporary files left beside it.
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('refuses a second acquire, naming the holder: host kind, pid and since when', async () => {
    const dir = dataDir();
    const first = await take(dir, { host: 'electron' });
    const second = acquireDataDirLock(dir, { host: 'web' });
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    const err = (await second.catch((e: unknown) => e)) as DataDirInUseError;
    expect(err.message).toContain(`pid ${process.pid}`);
    expect(err.message).toContain('the Copydesk desktop app');
    expect(err.message).toContain(dir);
    expect(err.message).toMatch(/since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(err.holder).toMatchObject({ pid: process.pid, host: 'electron' });
    // The holder's lock is untouched.
    expect(JSON.parse(readFileSync(first.file, 'utf8')).id).toBe(first.holder.id);
  });

  it('refuses while another live process holds it', async () => {
    const dir = dataDir();
    const pid = await liveProcess();
    await take(dir, { host: 'web' }).then((l) => l.release()); // creates the directory
    plant(dir, { pid, host: 'web' });
    await expect(acquireDataDirLock(dir, { host: 'electron' })).rejects.toThrow(new RegExp(`the Copydesk web shell \\(pid ${pid}, since`));
  });

  it('takes over a stale lock whose pid is no longer alive (a crash)', async () => {
    const dir = dataDir();
    await take(dir, { host: 'web' }).then((l) => l.release());
    const pid = await deadPid();
    plant(dir, { pid, host: 'electron' });
    const lock = await take(dir, { host: 'web' });
    expect(lock.tookOver).toMatchObject({ holder: { pid, host: 'electron' }, reason: `pid ${pid} is no longer running` });
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, host: 'web' });
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('takes over a lock not refreshed for longer than STALE_MS even if the pid is alive (reused) or on another machine', async () => {
    const dir = dataDir();
    await take(dir, { host: 'web' }).then((l) => l.release());
    const pid = await liveProcess();
    plant(dir, { pid }, STALE_MS + 60_000);
    expect((await take(dir, { host: 'web' })).tookOver?.reason).toMatch(/^not refreshed for \d+ s$/);
    await locks.pop()!.release();
    // On another machine the pid cannot be checked: in use while refreshed, stale after.
    plant(dir, { pid: 123, hostname: 'other-host.example' }, 1000);
    await expect(acquireDataDirLock(dir, { host: 'web' })).rejects.toThrow(/pid 123 on other-host\.example/);
    plant(dir, { pid: 123, hostname: 'other-host.example' }, STALE_MS + 1000);
    expect((await take(dir, { host: 'web' })).tookOver?.holder?.hostname).toBe('other-host.example');
  });

  it('takes over a lock with our own pid left by an earlier process (a container restarting as the same pid)', async () => {
    const dir = dataDir();
    await take(dir, { host: 'web' }).then((l) => l.release());
    plant(dir, { pid: process.pid, id: 'an-earlier-run' });
    expect((await take(dir, { host: 'web' })).tookOver?.reason).toMatch(/earlier process with this pid/);
  });

  it('treats an unreadable lock file as in use for a moment, then as stale', async () => {
    const dir = dataDir();
    await take(dir, { host: 'web' }).then((l) => l.release());
    writeFileSync(path.join(dir, LOCK_FILE_NAME), '');
    await expect(acquireDataDirLock(dir, { host: 'web' })).rejects.toThrow(/in use by another process/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, LOCK_FILE_NAME), old, old);
    expect((await take(dir, { host: 'web' })).tookOver?.reason).toBe('the lock file is unreadable');
  });

  it('refreshes the lock while held, so a live holder never goes stale', async () => {
    const dir = dataDir();
    const lock = await take(dir, { host: 'web', refreshMs: 30 });
    const old = new Date(Date.now() - STALE_MS - 60_000);
    utimesSync(lock.file, old, old);
    await until(() => Date.now() - statSync(lock.file).mtimeMs < 60_000, 'the refresh');
    await expect(acquireDataDirLock(dir, { host: 'web' })).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it('tells its holder when another process replaced the lock', async () => {
    const dir = dataDir();
    const lost: string[] = [];
    const lock = await take(dir, { host: 'web', refreshMs: 20, onLost: (m) => lost.push(m) });
    plant(dir, { pid: 4242, id: 'intruder' });
    await until(() => lost.length > 0, 'the report');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain(lock.file);
    // Releasing does not remove the other process's lock.
    await lock.release();
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).id).toBe('intruder');
  });

  it('removes the lock on release (and releaseSync), so the next host starts without a takeover', async () => {
    const dir = dataDir();
    const lock = await take(dir, { host: 'web' });
    await lock.release();
    expect(existsSync(lock.file)).toBe(false);
    const next = await take(dir, { host: 'electron' });
    expect(next.tookOver).toBeNull();
    next.releaseSync();
    expect(existsSync(next.file)).toBe(false);
    await next.release(); // twice is harmless
  });

  it('lets exactly one of several hosts racing for a stale lock win', async () => {
    const dir = dataDir();
    await take(dir, { host: 'web' }).then((l) => l.release());
    plant(dir, { pid: await deadPid() });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => acquireDataDirLock(dir, { host: 'web' })));
    const won = results.filter((r): r is PromiseFulfilledResult<DataDirLock> => r.status === 'fulfilled');
    locks.push(...won.map((r) => r.value));
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataDirInUseError);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).id).toBe(won[0]!.value.holder.id);
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });
});
