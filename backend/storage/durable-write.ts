import { open, readFile, rename } from 'node:fs/promises';
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
 * Writes `text` so that after the promise resolves it survives a crash or power loss:
 * temp file in the same directory, fsync, current file -> `.bak`, temp -> current, fsync the
 * directory. At every instant either the current file or its `.bak` is a complete good copy.
 * Callers must not run two writes to the same file at once (DurableJsonFile serialises them).
 */
export async function writeFileDurably(file: string, text: string): Promise<void> {
  const temp = tempPath(file);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameIfExists(file, backupPath(file));
  await rename(temp, file);
  await fsyncDirectory(path.dirname(file));
}
