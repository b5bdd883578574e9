import { z } from 'zod';
import { articleFieldsSchema, statusSchema } from '../../core/article/article';
import { queuedTeamOpSchema } from '../../core/sync/team-op';
import { scheduleSchema } from '../../core/workflow/schedule';

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
  /** The site's deletedAt as last seen in the feed (a change is handed to the team sink once). */
  deletedAt: z.string().nullable().optional(),
  /**
   * The status the article had here when it first reached a team site, which the site account's
   * role cannot take it to: once the actions it could take are sent, the person is told where it
   * ended (see team-catch-up.ts).
   */
  catchUpShort: statusSchema.optional(),
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

/** state.json: the cursor of the changes feed, and when a round last reached the site (epoch ms; kept across restarts). */
export const metaFileSchema = z.object({ version: z.literal(1), cursor: z.string().nullable(), lastSyncAt: z.number().nullable().optional() });
/** state-<n>.json: the records of the articles whose id hashes to shard n. */
export const shardFileSchema = z.object({ version: z.literal(1), articles: z.record(z.string(), articleSyncStateSchema) });
/** outbox.json. */
export const outboxFileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), outboxEntrySchema) });
export type OutboxFile = z.infer<typeof outboxFileSchema>;

/** The cursor of the changes feed and every article's record (kept as state.json plus 16 shards). */
export interface SyncStateFile {
  version: 1;
  cursor: string | null;
  articles: Record<string, ArticleSyncState>;
  /** When a round last reached the site, as last written (at most a minute behind the engine's own). */
  lastSyncAt?: number | null;
}

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

/**
 * taking/<id>.json: a site version on its way into the local article. The local save and the
 * base write are two files; a kill between them left the site's fields in the article over an
 * old base, and the site's next edit of that field looked like a conflict with ourselves.
 */
export const takingFileSchema = z.object({ fields: articleFieldsSchema, afterLocalRev: z.number().int() });
export type TakingFile = z.infer<typeof takingFileSchema>;

/** One team op waiting to be sent (team-outbox.json keeps them in the order they were taken). */
export const teamOutboxEntrySchema = z.object({
  queued: queuedTeamOpSchema,
  attempts: z.number().int().nonnegative(),
  /** Epoch ms of the next try (retryable failures back off; the order is kept). */
  nextAttemptAt: z.number(),
  lastError: z.string().nullable(),
});
export type TeamOutboxEntry = z.infer<typeof teamOutboxEntrySchema>;
/** team-outbox.json. */
export const teamOutboxFileSchema = z.object({ version: z.literal(1), ops: z.array(teamOutboxEntrySchema) });
export type TeamOutboxFile = z.infer<typeof teamOutboxFileSchema>;
