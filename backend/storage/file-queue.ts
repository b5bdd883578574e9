import path from 'node:path';
import { KeyedLock } from './keyed-lock';

/** A write that is queued but has not started; later writes replace its text and share its promise. */
interface PendingWrite {
  text: string;
  promise: Promise<void>;
}

/** One queue per file (by absolute path) for the whole process: every store shares it. */
const files = new KeyedLock();
const pending = new Map<string, PendingWrite>();

/**
 * Runs `run` after every earlier operation on the same file (in this process) has finished.
 * Reads go through here too, so a read never sees the gap between a write's two renames.
 */
export function exclusive<R>(file: string, run: () => Promise<R>): Promise<R> {
  const key = path.resolve(file);
  // A write queued before this operation must not take on text queued after it.
  pending.delete(key);
  return files.run(key, run);
}

/**
 * Queues a write of `text` to `file` with `write`. Writes queued while another is running
 * coalesce: only the newest text is written, and every caller's promise resolves once bytes
 * containing at least its data are durable.
 */
export function queueWrite(file: string, text: string, write: (file: string, text: string) => Promise<void>): Promise<void> {
  const key = path.resolve(file);
  const queued = pending.get(key);
  if (queued) {
    queued.text = text;
    return queued.promise;
  }
  const entry: PendingWrite = { text, promise: Promise.resolve() };
  entry.promise = files.run(key, () => {
    if (pending.get(key) === entry) pending.delete(key);
    return write(file, entry.text);
  });
  pending.set(key, entry);
  return entry.promise;
}
