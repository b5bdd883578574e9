import os from 'node:os';
import { z } from 'zod';

export type HostKind = 'electron' | 'web';

export interface LockHolder {
  pid: number;
  host: HostKind;
  hostname: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** A random id per acquisition: tells two holders with the same pid apart. */
  id: string;
}

const HOST_NAMES: Record<HostKind, string> = { electron: 'the Copydesk desktop app', web: 'the Copydesk web shell' };

const holderSchema = z.object({
  pid: z.number().int().positive(),
  host: z.enum(['electron', 'web']),
  hostname: z.string().catch(''),
  since: z.string(),
  id: z.string(),
});

/** The holder named in a lock file, or null when the file is not one of ours (written by hand, cut short). */
export function parseHolder(raw: string): LockHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON
  }
}

/** The second host: says who holds the data directory. */
export class DataDirInUseError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder | null,
  ) {
    super(inUseMessage(dataDir, lockFile, holder));
    this.name = 'DataDirInUseError';
  }
}

/** "the Copydesk web shell (pid 4242, since 2025-03-01 09:15:02)" */
export function describeHolder(holder: LockHolder, here = os.hostname()): string {
  const where = holder.hostname && holder.hostname !== here ? ` on ${holder.hostname}` : '';
  return `${HOST_NAMES[holder.host] ?? 'another Copydesk'} (pid ${holder.pid}${where}, since ${localTime(holder.since)})`;
}

function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function inUseMessage(dataDir: string, lockFile: string, holder: LockHolder | null): string {
  const who = holder ? describeHolder(holder) : 'another process';
  return (
    `The data directory ${dataDir} is in use by ${who}. ` +
    `Only one Copydesk (desktop app or web shell) may open it at a time: close the other one first, ` +
    `or set COPYDESK_DATA_DIR to another directory. ` +
    `If no Copydesk is running any more, delete ${lockFile}.`
  );
}
