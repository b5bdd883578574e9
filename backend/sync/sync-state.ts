import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { articleFieldsSchema, statusSchema, type ArticleFields } from '../../core/article/article';
import { scheduleSchema } from '../../core/workflow/schedule';
import { writeFileDurably } from '../storage/durable-write';

/** Where one article stands with one site. */
export const articleSyncStateSchema = z.object({
  remoteId: z.string().nullable(),
  remoteRev: z.string().nullable(),
  /** The local rev that the site has (or that was merged with the site's last known version). */
  syncedLocalRev: z.number().int(),
  /** The status and schedule both sides had at the last sync (status changes are three-way too). */
  baseStatus: statusSchema.nullable(),
  baseSchedule: scheduleSchema.nullable(),
  state: z.enum(['synced', 'pending', 'conflict', 'failed']),
  reason: z.string().nullable(),
  /**
   * Hashes of the field sets of recent pushes whose answer never arrived: when the site later
   * shows one of them, it is our own write, not someone else's edit.
   */
  attempts: z.array(z.string()).max(8).optional(),
  /** Hash of the fields the site had at the last sync: an echo of our own push that the site normalised (a derived slug) is not skipped. */
  baseHash: z.string().optional(),
  /** A create is under way: base/<id>.json holds exactly the fields it sends until it is known to have landed. */
  creating: z.boolean().optional(),
  /**
   * An update whose answer never came (timeout, reset, 5xx): attempt/<id>.json holds its fields.
   * It is sent again with the same key and body before anything else, so the site's
   * idempotency store tells whether it landed; until then, nothing is merged against it.
   */
  inflight: z
    .object({ key: z.string(), baseRev: z.string(), localRev: z.number().int(), status: statusSchema, schedule: scheduleSchema.nullable() })
    .optional(),
});
export type ArticleSyncState = z.infer<typeof articleSyncStateSchema>;

/** One outbox entry: an article waiting to be pushed. */
export const outboxEntrySchema = z.object({
  idempotencyKey: z.string(),
  attempts: z.number().int().nonnegative(),
  /** Epoch ms; Infinity is stored as null (waits for a new edit or "Sync now"). */
  nextAttemptAt: z.number().nullable(),
  lastError: z.string().nullable(),
  enqueuedAt: z.number(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

const metaFileSchema = z.object({ version: z.literal(1), cursor: z.string().nullable() });
const shardFileSchema = z.object({ version: z.literal(1), articles: z.record(z.string(), articleSyncStateSchema) });
/** The per-article records are split into 16 files, so one article's change rewrites 1/16 of them. */
const SHARDS = 16;
const shardCache = new Map<string, number>();
const shardOf = (id: string): number => {
  let shard = shardCache.get(id);
  if (shard === undefined) {
    shard = createHash('sha1').update(id).digest()[0]! % SHARDS;
    if (shardCache.size > 200_000) shardCache.clear();
    shardCache.set(id, shard);
  }
  return shard;
};
const outboxFileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), outboxEntrySchema) });

/** The cursor of the changes feed and every article's record (kept as state.json plus 16 shards). */
export interface SyncStateFile {
  version: 1;
  cursor: string | null;
  articles: Record<string, ArticleSyncState>;
}
export type OutboxFile = z.infer<typeof outboxFileSchema>;

/** A remote version kept beside a conflicting local article until the user decides. */
export const conflictCopySchema = z.object({
  remoteId: z.string(),
  remoteRev: z.string(),
  fields: articleFieldsSchema,
  status: statusSchema,
  schedule: scheduleSchema.nullable(),
  updatedAt: z.string(),
});
export type ConflictCopy = z.infer<typeof conflictCopySchema>;

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  for (const candidate of [file, `${file}.bak`]) {
    try {
      const parsed = schema.safeParse(JSON.parse(await readFile(candidate, 'utf8')));
      if (parsed.success) return parsed.data;
      console.warn(`[copydesk] ${candidate} is not a valid sync file; ignoring it.`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
    }
  }
  return null;
}

/**
 * The durable sync data of one site, in <dataDir>/sync/<siteId>/: state.json (the cursor),
 * state-0..f.json (a small record per article, in 16 shards), outbox.json (the outbox, one
 * durable document), and per article base/<id>.json (the base snapshot for the three-way
 * merge), remote/<id>.json (the site's version kept beside a conflict) and attempt/<id>.json
 * (an update whose answer was lost). Every write is durable (temp, fsync, rename); writes of
 * one file are serialised.
 */
export function createSyncFiles(dir: string) {
  const stateFile = path.join(dir, 'state.json');
  const outboxFile = path.join(dir, 'outbox.json');
  const chains = new Map<string, Promise<void>>();
  let made: Promise<unknown> | null = null;
  const ensureDirs = () => (made ??= Promise.all(['base', 'remote', 'attempt'].map((d) => mkdir(path.join(dir, d), { recursive: true }))));

  const write = (file: string, text: string): Promise<void> => {
    const next = (chains.get(file) ?? Promise.resolve()).then(async () => {
      await ensureDirs();
      await writeFileDurably(file, text);
    });
    chains.set(file, next.catch(() => {}));
    return next;
  };
  const articleFile = (kind: 'base' | 'remote' | 'attempt', id: string) => path.join(dir, kind, `${id}.json`);
  const shardFile = (i: number) => path.join(dir, `state-${i.toString(16)}.json`);

  return {
    async readState(): Promise<SyncStateFile> {
      const meta = await readJson(stateFile, metaFileSchema);
      const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => readJson(shardFile(i), shardFileSchema)));
      const articles: SyncStateFile['articles'] = {};
      for (const shard of shards) Object.assign(articles, shard?.articles ?? {});
      return { version: 1, cursor: meta?.cursor ?? null, articles };
    },
    /** Writes the cursor and the shards holding `ids` (every shard when `ids` is omitted). */
    async writeState(state: SyncStateFile, ids?: readonly string[]): Promise<void> {
      const touched = new Set(ids ? ids.map(shardOf) : Array.from({ length: SHARDS }, (_, i) => i));
      const byShard = new Map<number, SyncStateFile['articles']>([...touched].map((i) => [i, {}]));
      if (touched.size) {
        for (const [id, st] of Object.entries(state.articles)) {
          const shard = byShard.get(shardOf(id));
          if (shard) shard[id] = st;
        }
      }
      await Promise.all([
        write(stateFile, JSON.stringify({ version: 1, cursor: state.cursor })),
        ...[...byShard].map(([i, articles]) => write(shardFile(i), JSON.stringify({ version: 1, articles }))),
      ]);
    },
    async readOutbox(): Promise<OutboxFile> {
      return (await readJson(outboxFile, outboxFileSchema)) ?? { version: 1, entries: {} };
    },
    writeOutbox: (outbox: OutboxFile) => write(outboxFile, JSON.stringify(outbox)),
    readBase: (id: string) => readJson(articleFile('base', id), articleFieldsSchema),
    writeBase: (id: string, fields: ArticleFields) => write(articleFile('base', id), JSON.stringify(fields)),
    readAttempt: (id: string) => readJson(articleFile('attempt', id), articleFieldsSchema),
    writeAttempt: (id: string, fields: ArticleFields) => write(articleFile('attempt', id), JSON.stringify(fields)),
    readRemote: (id: string) => readJson(articleFile('remote', id), conflictCopySchema),
    writeRemote: (id: string, copy: ConflictCopy) => write(articleFile('remote', id), JSON.stringify(copy)),
    async removeRemote(id: string) {
      await rm(articleFile('remote', id), { force: true });
      await rm(`${articleFile('remote', id)}.bak`, { force: true });
    },
    removeAll: () => rm(dir, { recursive: true, force: true }),
  };
}
export type SyncFiles = ReturnType<typeof createSyncFiles>;
