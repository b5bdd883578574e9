import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../core/contract/result';
import { describeIssues } from '../articles/store/article-file';
import { DurableJsonFile, readJsonFile, UnreadableJsonError } from './durable-json-file';
import { backupPath } from './durable-write';
import { exclusive } from './file-queue';
import { storageFailed } from './storage-error';

export interface JsonDocumentOptions<T> {
  file: string;
  schema: z.ZodType<T>;
  /** Used when the file is missing or unusable; also fills in keys an older file lacks. */
  defaults: T;
  now?: () => Date;
}

/** Why the document on disk was not used, and where its bytes were kept. */
export interface SetAside {
  reason: string;
  keptAs: string;
}

/** One small JSON document (settings.json) with durable writes. */
export interface JsonDocument<T> {
  /** The stored value (defaults when there is none). A damaged file is set aside, never fatal. */
  read(): Promise<T>;
  /** Validates and durably stores `value`; INVALID_ARGUMENT or STORAGE_FAILED otherwise. */
  write(value: T): Promise<void>;
  /** Set when the last read found the file unusable. */
  setAside(): SetAside | null;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A durable single-document store validated by `schema`. */
export function createJsonDocument<T>(options: JsonDocumentOptions<T>): JsonDocument<T> {
  const { file, schema, defaults } = options;
  const now = options.now ?? (() => new Date());
  const db = new Low<unknown>(new DurableJsonFile<unknown>(file), null);
  let lastSetAside: SetAside | null = null;

  /** Older files may lack keys added since; defaults fill them in before validation. */
  const withDefaults = (data: unknown): unknown =>
    isPlainObject(data) && isPlainObject(defaults) ? { ...defaults, ...data } : data;

  function validate(data: unknown): { ok: true; value: T } | { ok: false; reason: string } {
    const parsed = schema.safeParse(withDefaults(data));
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: `invalid contents: ${describeIssues(parsed.error)}` };
  }

  async function usableBackup(): Promise<T | null> {
    try {
      const checked = validate(await readJsonFile(backupPath(file)));
      return checked.ok ? checked.value : null;
    } catch {
      return null;
    }
  }

  return {
    async read() {
      lastSetAside = null;
      let reason: string;
      try {
        await db.read();
        if (db.data === null) return defaults;
        const checked = validate(db.data);
        if (checked.ok) return checked.value;
        reason = checked.reason;
      } catch (err) {
        if (!(err instanceof UnreadableJsonError)) throw storageFailed(`Reading ${file}`, err);
        reason = err.reason;
      }
      const keptAs = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      try {
        await exclusive(file, () => rename(file, keptAs));
      } catch (err) {
        throw storageFailed(`Setting the damaged ${file} aside`, err);
      }
      lastSetAside = { reason, keptAs };
      console.warn(`[copydesk] ${file} was unusable (${reason}); kept as ${keptAs}.`);
      return (await usableBackup()) ?? defaults;
    },

    async write(value) {
      const checked = schema.safeParse(value);
      if (!checked.success) throw new AppError('INVALID_ARGUMENT', describeIssues(checked.error), checked.error.issues.slice(0, 10));
      db.data = checked.data;
      try {
        await db.write();
      } catch (err) {
        throw storageFailed(`Saving ${file}`, err);
      }
    },

    setAside: () => lastSetAside,
  };
}
