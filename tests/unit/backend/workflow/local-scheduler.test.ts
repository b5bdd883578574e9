import { describe, expect, it } from 'vitest';
import type { DueTransition, SchedulableArticle } from '../../../../core/workflow/due';
import { createLocalScheduler, MAX_SLEEP_MS } from '../../../../backend/workflow/local-scheduler';

function harness(articles: SchedulableArticle[], start = '2026-06-01T08:00:00Z', failing = new Set<string>()) {
  let clock = Date.parse(start);
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const applied: DueTransition[] = [];
  const scheduler = createLocalScheduler({
    now: () => new Date(clock),
    load: async () => articles,
    apply: async (due) => {
      if (failing.has(due.id)) throw new Error('disk full');
      applied.push(due);
      scheduler.update(due.id, due.action === 'auto_publish' ? 'published' : 'unpublished', articles.find((a) => a.id === due.id)?.schedule);
    },
    setTimer: (fn, ms) => {
      timers.push({ fn, ms });
      return timers.length;
    },
    clearTimer: () => {},
  });
  return {
    scheduler,
    applied,
    timers,
    advanceTo: (iso: string) => (clock = Date.parse(iso)),
    fireLast: () => timers.at(-1)!.fn(),
  };
}

describe('local scheduler', () => {
  it('sleeps until the publish time and publishes then', async () => {
    const h = harness([{ id: 'a', status: 'scheduled', schedule: { publishAt: '2026-06-01T08:00:03Z' } }]);
    expect(await h.scheduler.start()).toBe(0);
    expect(h.timers.at(-1)!.ms).toBe(3000);
    h.advanceTo('2026-06-01T08:00:03Z');
    h.fireLast();
    await h.scheduler.stop();
    expect(h.applied).toEqual([{ id: 'a', action: 'auto_publish', dueAt: '2026-06-01T08:00:03.000Z' }]);
  });

  it('never sleeps longer than the cap, so a far-off or moved clock is noticed', async () => {
    const h = harness([{ id: 'a', status: 'scheduled', schedule: { publishAt: '2026-07-01T00:00:00Z' } }]);
    await h.scheduler.start();
    expect(h.timers.at(-1)!.ms).toBe(MAX_SLEEP_MS);
  });

  it('catches up on start: publishes what became due and takes down what expired while closed, oldest first', async () => {
    const h = harness(
      [
        { id: 'late', status: 'scheduled', schedule: { publishAt: '2026-06-01T07:00:00Z' } },
        { id: 'gone', status: 'published', schedule: { publishAt: '2026-05-01T07:00:00Z', expireAt: '2026-05-31T00:00:00Z' } },
        { id: 'missed', status: 'scheduled', schedule: { publishAt: '2026-05-20T07:00:00Z', expireAt: '2026-05-25T00:00:00Z' } },
        { id: 'future', status: 'scheduled', schedule: { publishAt: '2026-06-02T07:00:00Z' } },
      ],
      '2026-06-01T08:00:00Z',
    );
    expect(await h.scheduler.start()).toBe(3);
    expect(h.applied.map((d) => [d.id, d.action])).toEqual([
      ['missed', 'auto_unpublish'],
      ['gone', 'auto_unpublish'],
      ['late', 'auto_publish'],
    ]);
  });

  it('follows updates: an article unscheduled before its time is not published', async () => {
    const h = harness([{ id: 'a', status: 'scheduled', schedule: { publishAt: '2026-06-01T08:00:02Z' } }]);
    await h.scheduler.start();
    h.scheduler.update('a', 'approved', { publishAt: '2026-06-01T08:00:02Z' });
    h.advanceTo('2026-06-01T08:00:05Z');
    expect(await h.scheduler.runDue()).toBe(0);
  });

  it('does not retry a failing article in a loop', async () => {
    const h = harness([{ id: 'bad', status: 'scheduled', schedule: { publishAt: '2026-06-01T07:00:00Z' } }], '2026-06-01T08:00:00Z', new Set(['bad']));
    const errors = console.error;
    console.error = () => {};
    try {
      expect(await h.scheduler.start()).toBe(0);
      expect(await h.scheduler.runDue()).toBe(0);
    } finally {
      console.error = errors;
    }
  });
});
