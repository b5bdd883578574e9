import type { BodyAnchor, CommentAnchor, CommentThread } from './thread';

/** What moves a document position through edits: ProseMirror's Mapping and StepMap have this shape. */
export interface PositionMapping {
  map(pos: number, assoc?: number): number;
}

/**
 * Moves a comment anchor through an edit (a ProseMirror Mapping or StepMap of the
 * transactions since the anchor was last mapped). Text typed right at either edge stays
 * outside the range, so a comment never grows by itself. When everything between `from` and
 * `to` is deleted the anchor becomes orphaned: it keeps its quote and collapses to the point
 * of the deletion. Field and ad slot anchors do not move.
 */
export function mapAnchor(anchor: CommentAnchor, mapping: PositionMapping): CommentAnchor {
  if (anchor.kind !== 'body') return anchor;
  if (anchor.orphaned) {
    const at = mapping.map(anchor.from, -1);
    return { ...anchor, from: at, to: at };
  }
  const from = mapping.map(anchor.from, 1);
  const to = mapping.map(anchor.to, -1);
  if (to <= from) return { ...anchor, from: to, to, orphaned: true };
  return { ...anchor, from, to };
}

/**
 * An insertion point (a suggestion's empty range) moves as a point: text typed right at it
 * goes after it, so the suggested text stays where it was suggested.
 */
function mapPoint(anchor: BodyAnchor, mapping: PositionMapping): BodyAnchor {
  const at = mapping.map(anchor.from, -1);
  return at === anchor.from ? anchor : { ...anchor, from: at, to: at };
}

/** Every thread's anchor mapped through the same edit. */
export function mapThreads(threads: readonly CommentThread[], mapping: PositionMapping): CommentThread[] {
  return threads.map((thread) => {
    const point = thread.suggestion !== undefined && thread.anchor.kind === 'body' && thread.anchor.from === thread.anchor.to && !thread.anchor.orphaned;
    const anchor = point ? mapPoint(thread.anchor as BodyAnchor, mapping) : mapAnchor(thread.anchor, mapping);
    return anchor === thread.anchor ? thread : { ...thread, anchor };
  });
}
