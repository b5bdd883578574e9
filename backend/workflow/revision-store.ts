import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../../core/article/article';
import { editorFieldsOf } from '../../core/article/fields';
import { AppError } from '../../core/contract/result';
import { compactRevisions } from '../../core/revisions/compact';
import { revisionSchema, snapshotsDiffer, type Revision, type RevisionReason } from '../../core/revisions/revision';
import { createPerArticleDocs } from '../storage/per-article-docs';

const revisionsFileSchema = z.object({ version: z.literal(1), revisions: z.array(revisionSchema) });

/** A pause of at least this long since the last revision makes the next changed save a revision. */
export const REVISION_PAUSE_MS = 30_000;

/** Kept versions of each article in <dataDir>/revisions/<id>.json, compacted on every write. */
export function createRevisionStore(dataDir: string, now: () => Date) {
  const docs = createPerArticleDocs(dataDir, 'revisions', revisionsFileSchema, () => ({ version: 1 as const, revisions: [] }), now);

  const append = (id: string, make: (latest: Revision | undefined) => Revision | null) =>
    docs.update(id, (file) => {
      const latest = file.revisions.at(-1);
      const revision = make(latest);
      if (!revision) return { next: file, result: null };
      const { kept } = compactRevisions([...file.revisions, revision], now());
      return { next: { ...file, revisions: kept }, result: revision };
    });

  return {
    /** Oldest first. */
    list: async (id: string) => (await docs.read(id)).revisions,
    get: async (id: string, revisionId: string): Promise<Revision> => {
      const found = (await docs.read(id)).revisions.find((r) => r.id === revisionId);
      if (!found) throw new AppError('NOT_FOUND', `There is no revision ${revisionId} of article ${id}.`);
      return found;
    },
    /** Always keeps a revision (status change, restore, manual). */
    record: (article: Article, reason: RevisionReason, author: string, restoredFrom?: string) =>
      append(article.id, () => ({
        id: randomUUID(),
        rev: article.rev,
        author,
        createdAt: now().toISOString(),
        reason,
        ...(restoredFrom ? { restoredFrom } : {}),
        snapshot: editorFieldsOf(article),
      })),
    /** Keeps a revision of a save when it is the first, or when it changed something after a pause. */
    recordSave: (article: Article, author: string) =>
      append(article.id, (latest) => {
        const snapshot = editorFieldsOf(article);
        if (latest) {
          // Already kept under this rev (a version taken from the site, attributed to its author).
          if (latest.rev === article.rev) return null;
          if (now().getTime() - Date.parse(latest.createdAt) < REVISION_PAUSE_MS) return null;
          if (!snapshotsDiffer(latest.snapshot, snapshot)) return null;
        }
        return { id: randomUUID(), rev: article.rev, author, createdAt: now().toISOString(), reason: 'pause', snapshot };
      }),
    /**
     * Names `author` as the maker of the article at its current rev (a version taken from the
     * site): the revision of that rev gets the name, or a 'sync' revision is kept when the
     * content differs from the latest one.
     */
    attribute: (article: Article, author: string) =>
      docs.update(article.id, (file) => {
        const same = file.revisions.findIndex((r) => r.rev === article.rev);
        if (same >= 0) {
          const revisions = file.revisions.map((r, i) => (i === same ? { ...r, author } : r));
          return { next: { ...file, revisions }, result: revisions[same]! };
        }
        const snapshot = editorFieldsOf(article);
        const latest = file.revisions.at(-1);
        if (latest && !snapshotsDiffer(latest.snapshot, snapshot)) return { next: file, result: null };
        const revision: Revision = { id: randomUUID(), rev: article.rev, author, createdAt: now().toISOString(), reason: 'sync', snapshot };
        const { kept } = compactRevisions([...file.revisions, revision], now());
        return { next: { ...file, revisions: kept }, result: revision };
      }),
    /** Adds a ready-made revision (a restore). */
    add: (id: string, revision: Revision) => append(id, () => revision),
    idle: () => docs.idle(),
  };
}

export type RevisionStore = ReturnType<typeof createRevisionStore>;
