/* Audit: a restore derives a new revision from an old one; revisionSchema validates it when stored. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFieldsSchema } from '../../../../core/article/article';
import { restoreRevision, revisionSchema, REVISION_REASONS, type Revision } from '../../../../core/revisions/revision';
import { articleFieldsArb } from '../article/arbitraries';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{6,64}$/);
const now = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe('restoreRevision -> revisionSchema', () => {
  it('property: the revision a restore creates passes the schema', () => {
    fc.assert(
      fc.property(articleFieldsArb, id, id, fc.constantFrom(...REVISION_REASONS), now, fc.nat({ max: 10_000 }), fc.string({ minLength: 1, maxLength: 100 }), (fields, oldId, newId, reason, at, rev, author) => {
        const target: Revision = revisionSchema.parse({ id: oldId, rev: 1, author: 'Anna', createdAt: '2026-01-01T00:00:00.000Z', reason, snapshot: articleFieldsSchema.parse(fields) });
        const restored = restoreRevision(target, { id: newId, rev, author, now: at });
        const parsed = revisionSchema.safeParse(restored);
        expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
