import type { BodyDoc } from '../../core/article/body-schema';
import type { CommentReply, CommentThread } from '../../core/comments/thread';
import { bodyTextPositions } from '../../core/sync/body-text-positions';
import { relocateAnchor } from '../../core/sync/relocate-anchor';

/** The threads of one article after the site's arrived, and what is new here. */
export interface ThreadMerge {
  threads: CommentThread[];
  newThreads: CommentThread[];
  newReplies: CommentReply[];
}

/**
 * Merges the site's threads into the local ones: the site wins for what it has (text,
 * replies, resolution), replies and threads only here (not sent yet) are kept. A thread known
 * here keeps its local anchor: its positions were mapped through this body's edits.
 */
export function mergeSiteThreads(local: readonly CommentThread[], site: readonly CommentThread[]): ThreadMerge {
  const byId = new Map(local.map((t) => [t.id, t]));
  const newThreads: CommentThread[] = [];
  const newReplies: CommentReply[] = [];
  const merged = new Map<string, CommentThread>(local.map((t) => [t.id, t]));
  for (const remote of site) {
    const mine = byId.get(remote.id);
    if (!mine) {
      newThreads.push(remote);
      merged.set(remote.id, remote);
      continue;
    }
    const known = new Set(mine.replies.map((r) => r.id));
    const remoteIds = new Set(remote.replies.map((r) => r.id));
    newReplies.push(...remote.replies.filter((r) => !known.has(r.id)));
    const unsent = mine.replies.filter((r) => !remoteIds.has(r.id));
    const replies = [...remote.replies, ...unsent].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    merged.set(remote.id, { ...remote, anchor: mine.anchor, replies });
  }
  return { threads: [...merged.values()], newThreads, newReplies };
}

/**
 * The threads with their body anchors placed by quote in `body` (nearest to the old position;
 * a quote that is gone leaves the thread orphaned, never dropped). Only `ids` move, when given.
 */
export function placeAnchors(threads: readonly CommentThread[], body: BodyDoc, ids?: ReadonlySet<string>): CommentThread[] {
  const positions = bodyTextPositions(body);
  return threads.map((t) => (t.anchor.kind === 'body' && (!ids || ids.has(t.id)) ? { ...t, anchor: relocateAnchor(t.anchor, positions) } : t));
}
