import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { DataDirInUseError, parseHolder, type HostKind, type LockHolder } from './lock-holder';
import path from 'node:path';

/**
 * One host per data directory. The desktop app and the web shell open the same default data
 * directory; both running at once would write the same article files, queues and site database
 * behind each other's back. So each host holds <dataDir>/copydesk.lock while it runs:
 *
 * - The lock file is created atomically (written to a temporary file, then hard-linked into
 *   place, which fails if a lock exists), so a reader never sees half a lock.
 * - It names its holder: pid, host kind, machine, since when. A second host is refused with
 *   a message saying exactly that.
 * - The holder refreshes the file's mtime every REFRESH_MS (30 s).
 * - A lock is stale, and taken over, when its holder is on this machine and its pid is no
 *   longer alive (a crash, a kill -9); or when it has not been refreshed for STALE_MS (5 min):
 *   that covers a pid reused by an unrelated process after a crash, and a holder on another
 *   machine (a data directory on a shared drive), whose pid cannot be checked. 5 minutes is ten
 *   missed refreshes: a live holder never gets there, even with a busy event loop, and a
 *   laptop resuming from sleep refreshes on its first tick.
 * - A takeover moves the stale file aside and checks it moved the very file it judged stale,
 *   so two hosts taking over at once cannot both win.
 */


export { DataDirInUseError, describeHolder, type HostKind, type LockHolder } from './lock-holder';

export const LOCK_FILE_NAME = 'copydesk.lock';
export const REFRESH_MS = 30_000;
export const STALE_MS = 5 * 60_000;
/** A lock file that cannot be parsed (written by hand, a full disk) counts as in use this long. */
const UNREADABLE_GRACE_MS = 10_000;


export interface DataDirLockOptions {
  host: HostKind;
  /** Injected for tests; default process.pid, os.hostname(), Date.now and a kill(pid, 0) probe. */
  pid?: number;
  hostname?: string;
  now?: () => number;
  isAlive?: (pid: number) => boolean;
  refreshMs?: number;
  staleMs?: number;
  /** Told once if another process replaced our lock file while we held it. */
  onLost?: (message: string) => void;
}

export interface DataDirLock {
  file: string;
  holder: LockHolder;
  /** The stale holder this acquisition replaced, and why it was stale; null if there was none. */
  tookOver: { holder: LockHolder | null; reason: string } | null;
  release(): Promise<void>;
  /** For process 'exit' handlers, where nothing asynchronous runs any more. */
  releaseSync(): void;
}



function defaultIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is just not ours to signal.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock ids this process holds, shared by every copy of this module (tests load a bundled one beside the sources). */
function heldHere(): Set<string> {
  const key = Symbol.for('copydesk.dataDirLocks');
  const g = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  return (g[key] ??= new Set<string>());
}


const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code;

/** Creates `file` with `content` only if it does not exist, never visible half-written. */
async function createExclusive(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, content, { mode: 0o644 });
  try {
    await link(tmp, file);
  } catch (err) {
    const code = errCode(err);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    // A file system without hard links: exclusive create (a reader may see it empty for a moment; see UNREADABLE_GRACE_MS).
    const handle = await open(file, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

interface Found {
  raw: string;
  holder: LockHolder | null;
  mtimeMs: number;
}

async function readLock(file: string): Promise<Found | null> {
  try {
    const [raw, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { raw, holder: parseHolder(raw), mtimeMs: info.mtimeMs };
  } catch (err) {
    if (errCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Takes <dataDir>/copydesk.lock for this host, or throws DataDirInUseError naming the holder.
 * Creates the data directory if needed. Release it on shutdown (release(), or releaseSync()
 * from an 'exit' handler); a crash leaves a lock the next start takes over.
 */
export async function acquireDataDirLock(dataDir: string, options: DataDirLockOptions): Promise<DataDirLock> {
  const pid = options.pid ?? process.pid;
  const hostname = options.hostname ?? os.hostname();
  const now = options.now ?? Date.now;
  const isAlive = options.isAlive ?? defaultIsAlive;
  const staleMs = options.staleMs ?? STALE_MS;
  const refreshMs = options.refreshMs ?? REFRESH_MS;
  const file = path.join(dataDir, LOCK_FILE_NAME);
  await mkdir(dataDir, { recursive: true });

  const holder: LockHolder = { pid, host: options.host, hostname, since: new Date(now()).toISOString(), id: randomBytes(12).toString('base64url') };
  const content = JSON.stringify(holder, null, 2) + '\n';

  /** Why `found` is stale, or null while its holder may still be running. */
  const staleReason = (found: Found): string | null => {
    const age = now() - found.mtimeMs;
    const h = found.holder;
    if (!h) return age > UNREADABLE_GRACE_MS ? 'the lock file is unreadable' : null;
    if (age > staleMs) return `not refreshed for ${Math.round(age / 1000)} s`;
    if (h.hostname !== hostname) return null;
    if (h.pid === pid) return heldHere().has(h.id) ? null : `left by an earlier process with this pid (${pid})`;
    return isAlive(h.pid) ? null : `pid ${h.pid} is no longer running`;
  };

  let tookOver: DataDirLock['tookOver'] = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createExclusive(file, content);
      return held(file, holder, tookOver, { refreshMs, onLost: options.onLost });
    } catch (err) {
      if (errCode(err) !== 'EEXIST') throw err;
    }
    const found = await readLock(file);
    if (!found) continue; // released meanwhile: try again
    const reason = staleReason(found);
    if (!reason) throw new DataDirInUseError(dataDir, file, found.holder);
    // Move the stale lock aside, then make sure it was the one judged stale.
    const aside = `${file}.stale-${pid}-${randomBytes(4).toString('hex')}`;
    try {
      await rename(file, aside);
    } catch (err) {
      if (errCode(err) === 'ENOENT') continue;
      throw err;
    }
    const moved = await readFile(aside, 'utf8').catch(() => null);
    if (moved !== found.raw) {
      // Another host took over first and we moved its fresh lock: put it back (unless a third is there already).
      await link(aside, file).catch(() => {});
    } else {
      tookOver = { holder: found.holder, reason };
    }
    await unlink(aside).catch(() => {});
  }
  const last = await readLock(file).catch(() => null);
  throw new DataDirInUseError(dataDir, file, last?.holder ?? null);
}

function held(
  file: string,
  holder: LockHolder,
  tookOver: DataDirLock['tookOver'],
  opts: { refreshMs: number; onLost?: (message: string) => void },
): DataDirLock {
  heldHere().add(holder.id);
  let released = false;
  let lost = false;
  const ours = (raw: string | null) => raw !== null && parseHolder(raw)?.id === holder.id;

  const timer = setInterval(() => {
    void (async () => {
      const raw = await readFile(file, 'utf8').catch(() => null);
      if (released || lost) return;
      if (!ours(raw)) {
        lost = true;
        clearInterval(timer);
        opts.onLost?.(`The data directory lock ${file} was removed or replaced by another process; another Copydesk may now be writing to the same data directory.`);
        return;
      }
      const t = new Date();
      await utimes(file, t, t).catch(() => {});
    })();
  }, opts.refreshMs);
  timer.unref();

  const onExit = () => releaseSync();
  process.on('exit', onExit);

  const finish = () => {
    released = true;
    clearInterval(timer);
    heldHere().delete(holder.id);
    process.removeListener('exit', onExit);
  };
  function releaseSync(): void {
    if (released) return;
    finish();
    try {
      if (ours(readFileSync(file, 'utf8'))) unlinkSync(file);
    } catch {
      // gone already
    }
  }
  return {
    file,
    holder,
    tookOver,
    async release() {
      if (released) return;
      finish();
      const raw = await readFile(file, 'utf8').catch(() => null);
      if (ours(raw)) await unlink(file).catch(() => {});
    },
    releaseSync,
  };
}
