import { describe, expect, it } from 'vitest';
import { restoreRevision, revisionSchema, snapshotsDiffer } from '../../../../core/revisions/revision';
import { readyArticle } from '../checklist/article-fixture';
import { revisionAt } from './revision-fixture';

const NOW = new Date('2026-05-04T12:30:00.000Z');

describe('revisions', () => {
  it('validates a stored revision', () => {
    const revision = revisionAt(NOW, 1, 7);
    expect(revisionSchema.parse(JSON.parse(JSON.stringify(revision)))).toEqual(revision);
    expect(revisionSchema.safeParse({ ...revision, reason: 'typing' }).success).toBe(false);
  });

  it('restoring creates a new revision with the old content, leaving the old one untouched', () => {
    const old = revisionAt(NOW, 30, 3);
    const restored = restoreRevision(old, { id: 'rev-restore-1', rev: 42, author: 'Ben Meyer', now: NOW });
    expect(restored).toMatchObject({ id: 'rev-restore-1', rev: 42, author: 'Ben Meyer', reason: 'restore', restoredFrom: old.id, createdAt: NOW.toISOString() });
    expect(restored.snapshot).toEqual(old.snapshot);
    restored.snapshot.tags.push('geändert');
    expect(old.snapshot.tags).toEqual(['Verkehr']);
  });

  it('tells a meaningful save from an identical one, whatever the key order', () => {
    const a = readyArticle();
    const reordered = JSON.parse(JSON.stringify({ ...a, headline: a.headline, body: a.body }));
    expect(snapshotsDiffer(a, reordered)).toBe(false);
    expect(snapshotsDiffer(a, { ...a, teaser: `${a.teaser} ` })).toBe(true);
    expect(snapshotsDiffer(a, { ...a, tags: [...a.tags, 'Köln'] })).toBe(true);
  });
});
