import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { articleFieldsSchema, type ArticleFields } from '../../core/article/article';
import { writeFileDurably } from '../storage/durable-write';
import { KeyedLock } from '../storage/keyed-lock';
import { storageFailed } from '../storage/storage-error';
import { conflictCopySchema, metaFileSchema, outboxFileSchema, shardFileSchema, takingFileSchema, teamOutboxFileSchema, type ConflictCopy, type OutboxFile, type SyncStateFile, type TakingFile, type TeamOutboxFile } from './sync-state';

/** What a full disk means for the sync files: the engine keeps its state in memory and writes it again. */
const SYNC_KEPT = 'Free some space; nothing waiting to sync is lost, and it is saved again automatically.';

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

/** The file, else its .bak; null when neither is there or valid (a broken sync file is not fatal). */
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
 * merge), team-outbox.json (the team ops not sent yet, in order), remote/<id>.json (the site's version kept beside a conflict), attempt/<id>.json
 * (an update whose answer was lost) and taking/<id>.json (a site version being taken). Every write is durable (temp, fsync, rename); writes of
 * one file are serialised.
 */
export function createSyncFiles(dir: string) {
  const stateFile = path.join(dir, 'state.json');
  const outboxFile = path.join(dir, 'outbox.json');
  const teamOutboxFile = path.join(dir, 'team-outbox.json');
  // One write at a time per file: a later write must not be overtaken by an earlier one.
  const writes = new KeyedLock();
  let made: Promise<unknown> | null = null;
  // A failed mkdir (a full disk) is forgotten, so that the next write tries again instead of
  // failing for ever with the cached rejection once space is back.
  const ensureDirs = () =>
    (made ??= Promise.all(['base', 'remote', 'attempt', 'taking'].map((d) => mkdir(path.join(dir, d), { recursive: true }))).catch((err: unknown) => {
      made = null;
      throw err;
    }));

  const write = (file: string, text: string): Promise<void> =>
    writes.run(file, async () => {
      try {
        await ensureDirs();
        await writeFileDurably(file, text);
      } catch (err) {
        // Shown as the article's reason or the engine's lastError: "The disk is full: …", not a raw errno text.
        throw storageFailed(`Saving the sync file ${path.relative(dir, file)}`, err, SYNC_KEPT);
      }
    });
  const articleFile = (kind: 'base' | 'remote' | 'attempt' | 'taking', id: string) => path.join(dir, kind, `${id}.json`);
  const shardFile = (i: number) => path.join(dir, `state-${i.toString(16)}.json`);

  return {
    async readState(): Promise<SyncStateFile> {
      const meta = await readJson(stateFile, metaFileSchema);
      const shards = await Promise.all(Array.from({ length: SHARDS }, (_, i) => readJson(shardFile(i), shardFileSchema)));
      const articles: SyncStateFile['articles'] = {};
      for (const shard of shards) Object.assign(articles, shard?.articles ?? {});
      return { version: 1, cursor: meta?.cursor ?? null, lastSyncAt: meta?.lastSyncAt ?? null, articles };
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
        write(stateFile, JSON.stringify({ version: 1, cursor: state.cursor, lastSyncAt: state.lastSyncAt ?? null })),
        ...[...byShard].map(([i, articles]) => write(shardFile(i), JSON.stringify({ version: 1, articles }))),
      ]);
    },
    async readOutbox(): Promise<OutboxFile> {
      return (await readJson(outboxFile, outboxFileSchema)) ?? { version: 1, entries: {} };
    },
    writeOutbox: (outbox: OutboxFile) => write(outboxFile, JSON.stringify(outbox)),
    async readTeamOutbox(): Promise<TeamOutboxFile> {
      return (await readJson(teamOutboxFile, teamOutboxFileSchema)) ?? { version: 1, ops: [] };
    },
    writeTeamOutbox: (outbox: TeamOutboxFile) => write(teamOutboxFile, JSON.stringify(outbox)),
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
    readTaking: (id: string) => readJson(articleFile('taking', id), takingFileSchema),
    writeTaking: (id: string, taking: TakingFile) => write(articleFile('taking', id), JSON.stringify(taking)),
    async removeTaking(id: string) {
      await rm(articleFile('taking', id), { force: true });
      await rm(`${articleFile('taking', id)}.bak`, { force: true });
    },
    /** The takes a kill interrupted, by article id. */
    async leftTakings(): Promise<Array<[string, TakingFile]>> {
      const names = await readdir(path.join(dir, 'taking')).catch(() => [] as string[]);
      const ids = [...new Set(names.map((n) => /^(.+)\.json(\.bak)?$/.exec(n)?.[1]).filter((id): id is string => !!id))];
      const found = await Promise.all(ids.map(async (id) => [id, await readJson(articleFile('taking', id), takingFileSchema)] as const));
      return found.filter((f): f is [string, TakingFile] => f[1] !== null);
    },
    removeAll: () => rm(dir, { recursive: true, force: true }),
  };
}
/** The sync files of one site (see createSyncFiles). */
export type SyncFiles = ReturnType<typeof createSyncFiles>;
