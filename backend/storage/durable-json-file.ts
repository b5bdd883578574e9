import type { Adapter } from 'lowdb';
import { exclusive, queueWrite } from './file-queue';
import { backupPath, readTextOrNull, writeFileDurably } from './durable-write';

/** A JSON file exists but cannot be used; `reason` says why in words a support person understands. */
export class UnreadableJsonError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UnreadableJsonError';
  }
}

/** Parses JSON text, throwing UnreadableJsonError with the parser's reason. */
export function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') throw new UnreadableJsonError(file, 'the file is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UnreadableJsonError(file, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Reads and parses one JSON file as it is (no recovery); null when it does not exist. */
export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readTextOrNull(file);
  return text === null ? null : parseJson(file, text);
}

export interface DurableJsonFileOptions {
  /** Indentation of the written JSON; 0 writes it compact (large files such as the index). */
  space?: number;
}

/**
 * A lowdb Adapter that writes durably (see writeFileDurably) and keeps the previous good copy
 * as `<file>.bak`. lowdb's own JSONFile renames a temp file but never fsyncs, so a power cut
 * can leave an empty file behind. One writer per path in this process; queued writes coalesce.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly options: DurableJsonFileOptions = {},
  ) {}

  /**
   * The parsed file, or null when neither it nor its `.bak` exists. When only the `.bak`
   * exists (a crash between the two renames of a write), the `.bak` is put back and returned.
   * Throws UnreadableJsonError when the file is not valid JSON.
   */
  read(): Promise<T | null> {
    return exclusive(this.file, async () => {
      const text = await readTextOrNull(this.file);
      if (text !== null) return parseJson(this.file, text) as T;
      const backup = backupPath(this.file);
      const saved = await readTextOrNull(backup);
      if (saved === null) return null;
      const data = parseJson(backup, saved) as T;
      // Putting the copy back is tidying only: when it fails (a full disk) the `.bak` stays the
      // good copy and is used again next time, so the data is still returned, not an error.
      await writeFileDurably(this.file, saved).catch((err: unknown) => console.error(`[copydesk] restoring ${this.file} from its .bak failed:`, err));
      return data;
    });
  }

  /** Resolves once bytes containing `data` (or newer data) are durably on disk. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.options.space ?? 2);
    return queueWrite(this.file, text, writeFileDurably);
  }
}
