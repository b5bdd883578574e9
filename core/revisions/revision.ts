import { z } from 'zod';
import { articleFieldsSchema, idSchema, type ArticleFields } from '../article/article';
import { utcInstantSchema } from '../workflow/schedule';

/**
 * Why a revision was kept: the editor paused typing, the status changed, a sync brought or
 * sent a version, an older revision was restored, or the editor saved one by hand.
 */
export const REVISION_REASONS = ['pause', 'status', 'sync', 'restore', 'manual'] as const;
export const revisionReasonSchema = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

/** A kept version of an article's fields, with who made it and when. */
export const revisionSchema = z.object({
  id: idSchema,
  /** The article's revision number this snapshot was saved as. */
  rev: z.number().int().nonnegative(),
  author: z.string().max(200),
  createdAt: utcInstantSchema,
  reason: revisionReasonSchema,
  /** For reason 'restore': the revision whose content was brought back. */
  restoredFrom: idSchema.optional(),
  snapshot: articleFieldsSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

/** Key order does not matter: snapshots that went through JSON and back compare equal. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** True when a save changed anything, so it deserves a revision; identical saves do not. */
export function snapshotsDiffer(previous: ArticleFields, next: ArticleFields): boolean {
  return stableJson(previous) !== stableJson(next);
}

/**
 * The revision that restoring `target` creates: a new revision (new id and rev, by whoever
 * restores, now) carrying the old content. History is never rewritten; the restore is itself
 * undoable by restoring the revision before it.
 */
export function restoreRevision(target: Revision, next: { id: string; rev: number; author: string; now: Date }): Revision {
  return {
    id: next.id,
    rev: next.rev,
    author: next.author,
    createdAt: next.now.toISOString(),
    reason: 'restore',
    restoredFrom: target.id,
    snapshot: structuredClone(target.snapshot),
  };
}
