import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { createJsonDocument, type JsonDocument } from './json-document';
import { KeyedLock } from './keyed-lock';

/**
 * One small JSON document per article in <dataDir>/<folder>/<id>.json (comments, revisions),
 * durably written, read once and cached, changed one at a time per article.
 */
export function createPerArticleDocs<T>(dataDir: string, folder: string, schema: z.ZodType<T>, defaults: () => T, now: () => Date) {
  const dir = path.join(dataDir, folder);
  const docs = new Map<string, { doc: JsonDocument<T>; value: T }>();
  const lock = new KeyedLock();
  let dirReady: Promise<unknown> | null = null;

  async function open(id: string) {
    const cached = docs.get(id);
    if (cached) return cached;
    dirReady ??= mkdir(dir, { recursive: true });
    await dirReady;
    const doc = createJsonDocument<T>({ file: path.join(dir, `${id}.json`), schema, defaults: defaults(), now });
    const entry = { doc, value: await doc.read() };
    docs.set(id, entry);
    return entry;
  }

  return {
    /** The stored value (defaults when there is none yet). */
    read: (id: string): Promise<T> => lock.run(id, async () => (await open(id)).value),
    /** Reads, changes and durably writes one article's document; `change` may throw to abort, or return the same value to write nothing. */
    update: <R>(id: string, change: (current: T) => { next: T; result: R }): Promise<R> =>
      lock.run(id, async () => {
        const entry = await open(id);
        const { next, result } = change(entry.value);
        // "No change" (the same object back) costs no durable write: most autosaves record no revision.
        if (next !== entry.value) {
          await entry.doc.write(next);
          entry.value = next;
        }
        return result;
      }),
    idle: () => lock.idle(),
  };
}
