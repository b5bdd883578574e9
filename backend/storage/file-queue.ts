import path from 'node:path';

interface PendingWrite {
  text: string;
  promise: Promise<void>;
}

interface Queue {
  tail: Promise<unknown>;
  /** A write that is queued but has not started; later writes replace its text and share its promise. */
  pending: PendingWrite | null;
  ops: number;
}

const queues = new Map<string, Queue>();

function queueFor(file: string): [string, Queue] {
  const key = path.resolve(file);
  let queue = queues.get(key);
  if (!queue) {
    queue = { tail: Promise.resolve(), pending: null, ops: 0 };
    queues.set(key, queue);
  }
  return [key, queue];
}

function chain<R>(key: string, queue: Queue, run: () => Promise<R>): Promise<R> {
  queue.ops++;
  const result = queue.tail.then(run);
  queue.tail = result
    .catch(() => undefined)
    .finally(() => {
      // Drop idle queues so that touching 10,000 files does not leave 10,000 entries behind.
      if (--queue.ops === 0 && queues.get(key) === queue) queues.delete(key);
    });
  return result;
}

/**
 * Runs `run` after every earlier operation on the same file (in this process) has finished.
 * Reads go through here too, so a read never sees the gap between a write's two renames.
 */
export function exclusive<R>(file: string, run: () => Promise<R>): Promise<R> {
  const [key, queue] = queueFor(file);
  queue.pending = null;
  return chain(key, queue, run);
}

/**
 * Queues a write of `text` to `file` with `write`. Writes queued while another is running
 * coalesce: only the newest text is written, and every caller's promise resolves once bytes
 * containing at least its data are durable.
 */
export function queueWrite(file: string, text: string, write: (file: string, text: string) => Promise<void>): Promise<void> {
  const [key, queue] = queueFor(file);
  if (queue.pending) {
    queue.pending.text = text;
    return queue.pending.promise;
  }
  const entry: PendingWrite = { text, promise: Promise.resolve() };
  entry.promise = chain(key, queue, () => {
    if (queue.pending === entry) queue.pending = null;
    return write(file, entry.text);
  });
  queue.pending = entry;
  return entry.promise;
}
