import { open, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * The physical floor of an autosave: the same bytes written to a temp file, fsync'd, renamed
 * over the file and the directory fsync'd, as backend/storage/durable-write.ts does at least.
 */
export async function bareDurableWrite(file: string, bytes: string): Promise<void> {
  const temp = `${file}.floor-tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
