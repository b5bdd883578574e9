import { listenForChanges, type ChangeListener } from '../db/change-listener';
import type { OpenDatabase } from '../db/connect';
import type { SiteExecutor } from '../db/schema';

/**
 * The site-wide content version: the change counter every article, thread and ad write bumps
 * inside its transaction (db/change-seq.ts). A page rendered after reading version V shows
 * content at least as new as V, so it stays right while the counter is still V.
 */
export interface ContentVersion {
  /** The counter as committed now: from memory while PostgreSQL's LISTEN has told of no change since the last read, else read. */
  current(): Promise<number>;
  /** The counter when it is known without a read (PostgreSQL, listening, nothing heard since), else null. */
  known(): number | null;
  /** A write in this process has committed: read again at the next request (not waiting for the notification). */
  invalidate(): void;
  close(): Promise<void>;
}

export async function readChangeCounter(db: SiteExecutor): Promise<number> {
  const row = await db.selectFrom('site_counters').select('value').where('name', '=', 'change_seq').executeTakeFirst();
  return Number(row?.value ?? 0);
}

/**
 * SQLite reads the counter on every call (a local indexed read). PostgreSQL keeps it in memory
 * between notifications; while the listening connection is down, it reads on every call too.
 */
export function createContentVersion(db: OpenDatabase, onError?: (err: Error) => void): ContentVersion {
  let known: number | null = null;
  let generation = 0;
  let reading: { generation: number; value: Promise<number> } | null = null;
  const forget = () => {
    generation++;
    known = null;
  };
  const listener: ChangeListener | null = db.engine === 'postgres' && db.postgresUrl ? listenForChanges({ url: db.postgresUrl, onChange: forget, onError }) : null;

  // Concurrent requests share one read, but only one started after the last change was heard.
  const read = (): Promise<number> => {
    if (reading?.generation === generation) return reading.value;
    const started = generation;
    const value = readChangeCounter(db.kysely).then((v) => {
      // Kept only if nothing was heard while reading (the read may predate that commit).
      if (listener?.listening && started === generation) known = v;
      return v;
    });
    reading = { generation: started, value };
    void value.finally(() => {
      if (reading?.value === value) reading = null;
    }).catch(() => {});
    return value;
  };

  return {
    current: () => (listener?.listening && known !== null ? Promise.resolve(known) : read()),
    known: () => (listener?.listening ? known : null),
    invalidate: forget,
    close: async () => listener?.close(),
  };
}
