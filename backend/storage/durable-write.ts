import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Name of the previous good copy kept next to a durably written file. */
export const backupPath = (file: string): string => `${file}.bak`;

/** Name of the temp file a durable write fills before renaming it into place. */
export const tempPath = (file: string): string => `${file}.tmp`;

const isCode = (err: unknown, code: string): boolean => (err as NodeJS.ErrnoException | null)?.code === code;

/** The file's text, or null when it does not exist. */
export async function readTextOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if (isCode(err, 'ENOENT')) return null;
    throw err;
  }
}

/** Renames `from` to `to`; false (and no error) when `from` does not exist. */
export async function renameIfExists(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (err) {
    if (isCode(err, 'ENOENT')) return false;
    throw err;
  }
}

/**
 * Flushes a directory's entries (new names, renames) to disk. Windows cannot open a directory
 * for syncing; there NTFS journals the rename itself, so skipping is the best available.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Fills `file` (a temp file) with `data` and flushes it to disk before closing. When that
 * fails the part written is removed: on a full disk (ENOSPC) it holds the very space the
 * user is asked to free, and a temp file is never read anyway.
 */
async function writeAndSync(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  try {
    const handle = await open(file, 'w', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (err) {
    // Best effort only: the write's own error is the one to report.
    await rm(file, { force: true }).catch(() => {});
    throw err;
  }
}

/**
 * Makes `.bak` a second name of the current file, so the current file never disappears while
 * it is replaced. Where hard links are not supported the current file is renamed instead (then
 * a crash right after it leaves only the `.bak`, which readers fall back to).
 */
async function keepAsBackup(file: string): Promise<void> {
  const backup = backupPath(file);
  // Without a current file (a crash between the renames, or a full disk that kept its restore
  // from being written) the `.bak` is the only good copy: it must stay until the new file is in place.
  if ((await stat(file).catch(() => null)) === null) return;
  await rm(backup, { force: true });
  try {
    await link(file, backup);
  } catch (err) {
    if (isCode(err, 'ENOENT')) return;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'EMLINK'].some((code) => isCode(err, code))) throw err;
    await renameIfExists(file, backup);
  }
}

/**
 * Writes `text` so that after the promise resolves it survives a crash or power loss:
 * temp file in the same directory, fsync, current file kept as `.bak`, temp -> current, fsync
 * the directory. At every instant the current file or its `.bak` is a complete good copy.
 * Callers must not run two writes to the same file at once (DurableJsonFile serialises them).
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const temp = tempPath(file);
  await writeAndSync(temp, text);
  await keepAsBackup(file);
  await rename(temp, file);
  await fsyncDirectory(path.dirname(file));
}

/**
 * Writes a whole file that needs no earlier copy kept (content-addressed media, sealed tokens):
 * a temp file of this process, fsync, rename into place, fsync the directory. Readers see the
 * old file or the complete new one, never a part.
 */
export async function replaceFileDurably(file: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeAndSync(temp, data, mode);
  try {
    await rename(temp, file);
  } catch (err) {
    // Only whole files get the final name; a temp left behind would hold space for ever.
    await rm(temp, { force: true }).catch(() => {});
    throw err;
  }
  await fsyncDirectory(path.dirname(file));
}
