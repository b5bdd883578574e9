/**
 * A small disk for tests, without mount rights: wraps `node:fs/promises` so that writes under
 * a chosen folder draw on a byte budget. While bytes are left, writes go to the real disk;
 * a write larger than what is left writes the part that fits (as a real full disk does) and
 * then fails with a real-looking ENOSPC; with nothing left, creating folders and hard links
 * fails too. `disk.free()` gives the space back. Reads, renames and removals always work.
 *
 * The back end imports named functions (`import { open } from 'node:fs/promises'`), which a
 * spy on the namespace would not reach, so a test file mocks the module with this wrapper:
 *
 *   vi.mock('node:fs/promises', async (importOriginal) =>
 *     (await import('../../../support/full-disk')).withSmallDisk(await importOriginal()));
 *
 * and then drives the shared `disk` (this module is one instance per test file).
 */
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';

type Fs = typeof FsPromises;
type FileHandle = FsPromises.FileHandle;

/** The error a write to a full disk gets from Node (code, errno and syscall as on Linux). */
export const enospc = (syscall = 'write', file?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}${file ? ` '${file}'` : ''}`), {
    code: 'ENOSPC',
    errno: -28,
    syscall,
    ...(file ? { path: file } : {}),
  });

class SmallDisk {
  private root: string | null = null;
  private left = Infinity;
  /** Bytes written to the small disk since it was mounted. */
  written = 0;
  /** Operations refused with ENOSPC since it was mounted. */
  refusals = 0;

  /** From now on, files under `dir` are on the small disk (with all the space it wants). */
  mount(dir: string): void {
    this.root = path.resolve(dir);
    this.left = Infinity;
    this.written = 0;
    this.refusals = 0;
  }

  /** Back to the real disk for every path. */
  unmount(): void {
    this.root = null;
    this.left = Infinity;
  }

  /** Only `bytes` more bytes fit. */
  fillAfter(bytes: number): void {
    this.left = bytes;
  }

  /** Nothing more fits. */
  fill(): void {
    this.left = 0;
  }

  /** Space is back. */
  free(): void {
    this.left = Infinity;
  }

  get full(): boolean {
    return this.left <= 0;
  }

  /** Whether `file` is on the small disk. */
  covers(file: unknown): boolean {
    if (this.root === null || (typeof file !== 'string' && !(file instanceof URL) && !Buffer.isBuffer(file))) return false;
    const resolved = path.resolve(file instanceof URL ? file.pathname : String(file));
    return resolved === this.root || resolved.startsWith(this.root + path.sep);
  }

  /** How many of `wanted` bytes fit now (and takes them). */
  take(wanted: number): number {
    const granted = Math.min(wanted, this.left);
    this.left -= granted;
    this.written += granted;
    return granted;
  }

  refuse(syscall: string, file?: string): NodeJS.ErrnoException {
    this.refusals++;
    return enospc(syscall, file);
  }
}

/** The one small disk of this test file. */
export const disk = new SmallDisk();

const toBuffer = (data: unknown, encoding?: BufferEncoding | null): Buffer => {
  if (typeof data === 'string') return Buffer.from(data, encoding ?? 'utf8');
  if (Buffer.isBuffer(data)) return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('full-disk: only strings and byte arrays are supported as data');
};

const encodingOf = (options: unknown): BufferEncoding | null =>
  typeof options === 'string' ? (options as BufferEncoding) : ((options as { encoding?: BufferEncoding | null } | undefined)?.encoding ?? null);

/**
 * Writes what fits of `data` with `writeAll`, then fails when not all of it fitted. The part is
 * really written, so a caller that leaves it behind is caught by the tests.
 */
async function writeWhatFits(data: Buffer, writeAll: (part: Buffer) => Promise<void>, file?: string): Promise<void> {
  const granted = disk.take(data.length);
  if (granted > 0) await writeAll(granted === data.length ? data : data.subarray(0, granted));
  if (granted < data.length) throw disk.refuse('write', file);
}

/** A FileHandle whose writes draw on the budget; everything else is the real handle's. */
function smallDiskHandle(real: FileHandle, file: string): FileHandle {
  const writeFile = async (data: unknown, options?: unknown): Promise<void> =>
    writeWhatFits(toBuffer(data, encodingOf(options)), (part) => real.writeFile(part), file);
  const appendFile = async (data: unknown, options?: unknown): Promise<void> =>
    writeWhatFits(toBuffer(data, encodingOf(options)), (part) => real.appendFile(part), file);
  // write(buffer, offset?, length?, position?) and write(string, position?, encoding?)
  const write = async (data: unknown, a?: unknown, b?: unknown, c?: unknown) => {
    const isText = typeof data === 'string';
    const whole = isText ? toBuffer(data, (b as BufferEncoding | undefined) ?? 'utf8') : toBuffer(data);
    const offset = isText ? 0 : typeof a === 'number' ? a : 0;
    const length = isText ? whole.length : typeof b === 'number' ? b : whole.length - offset;
    const position = isText ? (typeof a === 'number' ? a : null) : typeof c === 'number' ? c : null;
    const chunk = whole.subarray(offset, offset + length);
    const granted = disk.take(chunk.length);
    // Like write(2): a short write when some of it fits, ENOSPC when none does.
    if (granted === 0 && chunk.length > 0) throw disk.refuse('write', file);
    const { bytesWritten } = await real.write(chunk, 0, granted, position);
    return { bytesWritten, buffer: data };
  };
  const writev = async () => {
    throw new Error('full-disk: FileHandle.writev is not supported');
  };
  const overrides: Record<string | symbol, unknown> = { writeFile, appendFile, write, writev };
  return new Proxy(real, {
    get(target, key) {
      if (key in overrides) return overrides[key];
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** `node:fs/promises` with the files under the mounted folder on the small disk. */
export function withSmallDisk(real: Fs): Fs {
  const wrapped = {
    ...real,
    async open(file: Parameters<Fs['open']>[0], flags?: Parameters<Fs['open']>[1], mode?: Parameters<Fs['open']>[2]) {
      const handle = await real.open(file, flags, mode);
      return disk.covers(file) ? smallDiskHandle(handle, String(file)) : handle;
    },
    async writeFile(file: Parameters<Fs['writeFile']>[0], data: Parameters<Fs['writeFile']>[1], options?: Parameters<Fs['writeFile']>[2]) {
      if (!disk.covers(file)) return real.writeFile(file, data, options);
      const bytes = toBuffer(data, encodingOf(options));
      // A short write still creates (or truncates) the file, as on a real disk.
      await real.writeFile(file, '', options);
      return writeWhatFits(bytes, (part) => real.appendFile(file, part), String(file));
    },
    async appendFile(file: Parameters<Fs['appendFile']>[0], data: Parameters<Fs['appendFile']>[1], options?: Parameters<Fs['appendFile']>[2]) {
      if (!disk.covers(file)) return real.appendFile(file, data, options);
      return writeWhatFits(toBuffer(data, encodingOf(options)), (part) => real.appendFile(file, part), String(file));
    },
    async copyFile(from: Parameters<Fs['copyFile']>[0], to: Parameters<Fs['copyFile']>[1], mode?: number) {
      if (!disk.covers(to)) return real.copyFile(from, to, mode);
      const bytes = await real.readFile(from);
      await real.writeFile(to, '');
      return writeWhatFits(bytes, (part) => real.appendFile(to, part), String(to));
    },
    // A new folder or directory entry needs a block too: refused while nothing is left.
    async mkdir(dir: Parameters<Fs['mkdir']>[0], options?: Parameters<Fs['mkdir']>[1]) {
      if (disk.covers(dir) && disk.full) {
        const exists = await real.stat(dir).then(() => true, () => false);
        if (!exists) throw disk.refuse('mkdir', String(dir));
      }
      return real.mkdir(dir, options);
    },
    async link(existing: Parameters<Fs['link']>[0], newPath: Parameters<Fs['link']>[1]) {
      if (disk.covers(newPath) && disk.full) {
        await real.stat(existing); // ENOENT first, as the real call would
        throw disk.refuse('link', String(existing));
      }
      return real.link(existing, newPath);
    },
  } as Fs;
  return { ...wrapped, default: wrapped } as Fs;
}
