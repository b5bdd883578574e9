import type { Revision, RevisionReason } from './revision';

/** How many of the newest revisions are never compacted away. */
export const ALWAYS_KEPT_LATEST = 50;
/** Reasons whose revisions are kept forever: status changes and restores mark decisions. */
export const ALWAYS_KEPT_REASONS: readonly RevisionReason[] = ['status', 'restore'];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
// 1970-01-01 was a Thursday; shifting by 4 days makes week buckets start on Monday 00:00 UTC.
const MONDAY_SHIFT_MS = 4 * DAY_MS;

/** The outcome of a compaction: what to keep and what may be deleted. Both keep the input order. */
export interface CompactionResult {
  kept: Revision[];
  dropped: Revision[];
}

function bucketOf(createdAtMs: number, now: number): string {
  const age = now - createdAtMs;
  if (age <= DAY_MS) return `hour:${Math.floor(createdAtMs / HOUR_MS)}`;
  if (age <= 30 * DAY_MS) return `day:${Math.floor(createdAtMs / DAY_MS)}`;
  return `week:${Math.floor((createdAtMs - MONDAY_SHIFT_MS) / WEEK_MS)}`;
}

/**
 * Thins out an article's revisions. The rule:
 * 1. The newest 50 revisions (by createdAt, then rev) are always kept.
 * 2. Revisions with reason 'status' or 'restore' are always kept.
 * 3. Of the other, older revisions, the newest one in each time bucket is kept, where the
 *    bucket depends on the revision's age at `now`: its UTC clock hour if at most a day old,
 *    its UTC calendar day if at most 30 days old, its ISO week (Monday 00:00 UTC) beyond that.
 *    Everything else is dropped.
 * Pure and idempotent: compacting the result again at the same `now` drops nothing more.
 */
export function compactRevisions(revisions: readonly Revision[], now: Date): CompactionResult {
  const nowMs = now.getTime();
  const newestFirst = [...revisions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.rev - a.rev);
  const keep = new Set<Revision>();
  const filledBuckets = new Set<string>();
  newestFirst.forEach((revision, index) => {
    if (index < ALWAYS_KEPT_LATEST || ALWAYS_KEPT_REASONS.includes(revision.reason)) {
      keep.add(revision);
      return;
    }
    const bucket = bucketOf(Date.parse(revision.createdAt), nowMs);
    if (filledBuckets.has(bucket)) return;
    filledBuckets.add(bucket);
    keep.add(revision);
  });
  return { kept: revisions.filter((r) => keep.has(r)), dropped: revisions.filter((r) => !keep.has(r)) };
}
