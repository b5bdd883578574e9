import { describe, expect, it } from 'vitest';
import { dueTransitions, nextDueAt, type SchedulableArticle } from '../../../../core/workflow/due';
import { SYSTEM_ACTOR } from '../../../../core/workflow/roles';
import { applyTransition } from '../../../../core/workflow/transition';

const articles: SchedulableArticle[] = [
  { id: 'future', status: 'scheduled', schedule: { publishAt: '2026-05-04T12:00:00.000Z' } },
  { id: 'due', status: 'scheduled', schedule: { publishAt: '2026-05-04T09:00:00.000Z' } },
  { id: 'embargoed', status: 'scheduled', schedule: { publishAt: '2026-05-04T11:00:00.000Z', embargoUntil: '2026-05-04T10:30:00.000Z' } },
  { id: 'expired', status: 'published', schedule: { publishAt: '2026-05-01T09:00:00.000Z', expireAt: '2026-05-04T07:00:00.000Z' } },
  { id: 'live', status: 'published', schedule: { expireAt: '2026-05-05T07:00:00.000Z' } },
  { id: 'missed-window', status: 'scheduled', schedule: { publishAt: '2026-05-02T09:00:00.000Z', expireAt: '2026-05-03T09:00:00.000Z' } },
  { id: 'draft', status: 'draft', schedule: { publishAt: '2026-05-01T09:00:00.000Z' } },
  { id: 'approved', status: 'approved' },
];

describe('dueTransitions', () => {
  it('publishes what is due, unpublishes what expired, oldest first, and leaves the rest', () => {
    expect(dueTransitions(articles, new Date('2026-05-04T10:00:00.000Z'))).toEqual([
      { id: 'missed-window', action: 'auto_unpublish', dueAt: '2026-05-03T09:00:00.000Z' },
      { id: 'expired', action: 'auto_unpublish', dueAt: '2026-05-04T07:00:00.000Z' },
      { id: 'due', action: 'auto_publish', dueAt: '2026-05-04T09:00:00.000Z' },
    ]);
  });

  it('publishes an embargoed article at its publish time, not before', () => {
    expect(dueTransitions(articles, new Date('2026-05-04T10:59:59.000Z')).map((d) => d.id)).not.toContain('embargoed');
    expect(dueTransitions(articles, new Date('2026-05-04T11:00:00.000Z'))).toContainEqual({
      id: 'embargoed',
      action: 'auto_publish',
      dueAt: '2026-05-04T11:00:00.000Z',
    });
  });

  it('catches up after a restart days later, each due transition being one the workflow accepts', () => {
    const later = new Date('2026-05-10T00:00:00.000Z');
    const due = dueTransitions(articles, later);
    expect(due.map((d) => d.id).sort()).toEqual(['due', 'embargoed', 'expired', 'future', 'live', 'missed-window']);
    for (const d of due) {
      const article = articles.find((a) => a.id === d.id)!;
      expect(applyTransition(article, d.action, SYSTEM_ACTOR, later).ok, d.id).toBe(true);
    }
  });

  it('tells the scheduler when to wake up next', () => {
    expect(nextDueAt(articles, new Date('2026-05-04T10:00:00.000Z'))).toBe('2026-05-04T11:00:00.000Z');
    expect(nextDueAt(articles, new Date('2026-05-04T12:00:00.000Z'))).toBe('2026-05-05T07:00:00.000Z');
    expect(nextDueAt(articles, new Date('2026-06-01T00:00:00.000Z'))).toBeNull();
  });
});
