/* Audit: comment threads, replies, resolutions and mapped anchors are derived and then validated by commentThreadSchema. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapAnchor } from '../../../../core/comments/anchor-mapping';
import { COMMENT_MAX_LENGTH, COMMENTABLE_FIELDS, addReply, commentAnchorSchema, commentThreadSchema, createThread, resolveThread, type CommentAnchor } from '../../../../core/comments/thread';

const now = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
const id = fc.stringMatching(/^[A-Za-z0-9_-]{6,64}$/);
const name = fc.string({ minLength: 1, maxLength: 200 });
const commentText = fc.string({ maxLength: COMMENT_MAX_LENGTH }).filter((t) => t.trim().length > 0);
const anchor: fc.Arbitrary<CommentAnchor> = fc.oneof(
  fc.tuple(fc.nat({ max: 10_000 }), fc.integer({ min: 1, max: 500 }), fc.string({ maxLength: 100 })).map(([from, len, quote]) => ({ kind: 'body' as const, from, to: from + len, quote })),
  fc.constantFrom(...COMMENTABLE_FIELDS).map((field) => ({ kind: 'field' as const, field })),
  fc.string({ minLength: 1, maxLength: 100 }).map((slotId) => ({ kind: 'adSlot' as const, slotId })),
);

describe('comment threads -> commentThreadSchema', () => {
  it('property: a new thread, its replies and its resolution always pass the schema', () => {
    fc.assert(
      fc.property(anchor, id, name, commentText, now, fc.array(fc.tuple(id, name, commentText, now), { maxLength: 3 }), name, now, (a, threadId, author, text, at, replies, by, resolvedAt) => {
        let thread = createThread(a, { id: threadId, author, text, now: at });
        for (const [rid, rauthor, rtext, rnow] of replies) thread = addReply(thread, { id: rid, author: rauthor, text: rtext, now: rnow });
        expect(commentThreadSchema.safeParse(thread).success).toBe(true);
        expect(commentThreadSchema.safeParse(resolveThread(thread, by, resolvedAt)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: an anchor mapped through any monotone edit still passes commentAnchorSchema', () => {
    // A ProseMirror mapping is monotone and never maps below 0: a deletion [at, at+len) and an insertion.
    const edit = fc.tuple(fc.nat({ max: 12_000 }), fc.nat({ max: 600 }), fc.nat({ max: 600 }));
    fc.assert(
      fc.property(anchor, edit, (a, [at, deleted, inserted]) => {
        const mapping = {
          map: (pos: number, assoc = 1) => (pos < at || (pos === at && assoc < 0) ? pos : pos <= at + deleted ? at + (assoc < 0 ? 0 : inserted) : pos - deleted + inserted),
        };
        return commentAnchorSchema.safeParse(mapAnchor(a, mapping)).success;
      }),
      { numRuns: 300 },
    );
  });
});
