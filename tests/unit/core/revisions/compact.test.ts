import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactRevisions } from '../../../../core/revisions/compact';
import type { Revision } from '../../../../core/revisions/revision';
import { revisionAt } from './revision-fixture';

const NOW = new Date('2026-05-04T12:30:00.000Z');

/** 50 revisions in the last 50 minutes: the ones compaction must never touch. */
const latest50 = () => Array.from({ length: 50 }, (_, i) => revisionAt(NOW, (50 - i) / 60, 1000 + i));
const ids = (revisions: Revision[]) => revisions.map((r) => r.id);

describe('compactRevisions', () => {
  it('keeps everything while there are at most 50 revisions, even very old ones', () => {
    const revisions = Array.from({ length: 50 }, (_, i) => revisionAt(NOW, 5000 - i * 0.01, i));
    expect(compactRevisions(revisions, NOW)).toEqual({ kept: revisions, dropped: [] });
  });

  it('keeps one revision per clock hour for the past day, the newest of each hour', () => {
    const older = [revisionAt(NOW, 3.9, 1), revisionAt(NOW, 3.7, 2), revisionAt(NOW, 3.6, 3), revisionAt(NOW, 5.2, 4)];
    // 3.9/3.7/3.6 hours before 12:30 are all in the 08:00 UTC hour; 5.2 hours is in the 07:00 hour.
    const { kept, dropped } = compactRevisions([...older, ...latest50()], NOW);
    expect(ids(dropped)).toEqual(['rev-00001', 'rev-00002']);
    expect(ids(kept)).toContain('rev-00003');
    expect(ids(kept)).toContain('rev-00004');
  });

  it('keeps one per day for the past 30 days and one per week beyond', () => {
    const older = [
      revisionAt(NOW, 48, 1), // 2 May 12:30
      revisionAt(NOW, 40, 2), // 2 May 20:30, newer on the same day
      revisionAt(NOW, 60, 3), // 2 May 00:30
      revisionAt(NOW, 24 * 40, 4), // Fri 25 Mar
      revisionAt(NOW, 24 * 41, 5), // Thu 24 Mar, same ISO week
      revisionAt(NOW, 24 * 45, 6), // Sun 20 Mar, the week before
    ];
    const { dropped } = compactRevisions([...older, ...latest50()], NOW);
    expect(ids(dropped)).toEqual(['rev-00001', 'rev-00003', 'rev-00005']);
  });

  it('never drops a status change or a restore, however old', () => {
    const older = [revisionAt(NOW, 24 * 100, 1, 'status'), revisionAt(NOW, 24 * 100 + 1, 2, 'restore'), revisionAt(NOW, 24 * 100 + 2, 3)];
    const { kept } = compactRevisions([...older, ...latest50()], NOW);
    expect(ids(kept)).toEqual(expect.arrayContaining(['rev-00001', 'rev-00002', 'rev-00003']));
  });

  it('always keeps the latest 50 and the status/restore revisions, drops only from the input, and is idempotent', () => {
    const history = fc.array(
      fc.record({ hoursAgo: fc.double({ min: 0, max: 24 * 400, noNaN: true }), reason: fc.constantFrom('pause', 'sync', 'manual', 'status', 'restore') }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(history, (entries) => {
        const revisions = entries.map((e, i) => revisionAt(NOW, e.hoursAgo, i, e.reason as Revision['reason']));
        const { kept, dropped } = compactRevisions(revisions, NOW);
        const newest50 = [...revisions].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.rev - a.rev).slice(0, 50);
        for (const r of newest50) expect(kept).toContain(r);
        for (const r of revisions.filter((r) => r.reason === 'status' || r.reason === 'restore')) expect(kept).toContain(r);
        expect(kept.length + dropped.length).toBe(revisions.length);
        expect(compactRevisions(kept, NOW).dropped).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('bounds the history of a year of hourly autosaves to about 130 revisions', () => {
    const revisions = Array.from({ length: 24 * 365 }, (_, i) => revisionAt(NOW, 24 * 365 - i, i));
    const { kept } = compactRevisions(revisions, NOW);
    // The latest 50 span the past ~2 days, then about 28 daily and about 48 weekly survivors.
    expect(kept.length).toBeGreaterThanOrEqual(50 + 27 + 47);
    expect(kept.length).toBeLessThanOrEqual(50 + 30 + 50);
  });
});
