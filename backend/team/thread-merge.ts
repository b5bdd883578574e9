import type { BodyDoc } from '../../core/article/body-schema';
import type { BodyAnchor, CommentReply, CommentThread } from '../../core/comments/thread';
import { bodyTextPositions, type BodyTextPositions } from '../../core/sync/body-text-positions';
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
    // A suggestion revised on another machine (its author kept typing) comes with its new range.
    const revised = remote.suggestion !== undefined && JSON.stringify([remote.suggestion, remote.anchor.kind === 'body' ? remote.anchor.quote : '']) !== JSON.stringify([mine.suggestion, mine.anchor.kind === 'body' ? mine.anchor.quote : '']);
    merged.set(remote.id, { ...remote, anchor: revised ? remote.anchor : mine.anchor, replies });
  }
  return { threads: [...merged.values()], newThreads, newReplies };
}

/**
 * The threads with their body anchors placed by quote in `body` (nearest to the old position;
 * a quote that is gone leaves the thread orphaned, never dropped). Only `ids` move, when given.
 */
export function placeAnchors(threads: readonly CommentThread[], body: BodyDoc, ids?: ReadonlySet<string>): CommentThread[] {
  const positions = bodyTextPositions(body);
  return threads.map((t) => {
    if (t.anchor.kind !== 'body' || (ids && !ids.has(t.id))) return t;
    const point = t.suggestion !== undefined && t.anchor.quote === '';
    return { ...t, anchor: point ? relocatePoint(t.anchor, t.suggestion?.before ?? '', positions) : relocateAnchor(t.anchor, positions) };
  });
}

/**
 * Places a suggested insertion point by the text just before it (nearest occurrence to the
 * old position); when that text is gone the suggestion is kept, marked orphaned (detached).
 */
export function relocatePoint(anchor: BodyAnchor, before: string, body: BodyTextPositions): BodyAnchor {
  const { orphaned: _gone, ...rest } = anchor;
  if (before === '') return anchor.from <= 1 && body.size > 0 ? { ...rest, from: Math.min(1, body.size), to: Math.min(1, body.size) } : { ...anchor, orphaned: true };
  let best: number | null = null;
  for (let i = body.text.indexOf(before); i !== -1; i = body.text.indexOf(before, i + 1)) {
    const at = body.ends[i + before.length - 1]!;
    if (best === null || Math.abs(at - anchor.from) < Math.abs(best - anchor.from)) best = at;
  }
  if (best === null) {
    const at = Math.min(Math.max(0, anchor.from), body.size);
    return { ...anchor, from: at, to: at, orphaned: true };
  }
  return { ...rest, from: best, to: best };
}
