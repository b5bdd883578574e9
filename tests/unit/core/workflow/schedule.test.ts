import { describe, expect, it } from 'vitest';
import { earliestGoLive, scheduleSchema } from '../../../../core/workflow/schedule';

describe('scheduleSchema', () => {
  it('accepts UTC instants in a consistent order', () => {
    const schedule = { publishAt: '2026-03-29T08:00:00Z', embargoUntil: '2026-03-29T07:00:00Z', expireAt: '2026-04-29T08:00:00Z' };
    expect(scheduleSchema.parse(schedule)).toEqual(schedule);
    expect(scheduleSchema.parse({})).toEqual({});
  });

  it('rejects times that are not UTC', () => {
    expect(scheduleSchema.safeParse({ publishAt: '2026-03-29T10:00:00+02:00' }).success).toBe(false);
    expect(scheduleSchema.safeParse({ publishAt: '2026-03-29 10:00' }).success).toBe(false);
  });

  it('rejects an embargo after the publish time and an expiry not after publish or embargo', () => {
    const issues = (s: object) => scheduleSchema.safeParse(s).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ publishAt: '2026-03-29T08:00:00Z', embargoUntil: '2026-03-29T09:00:00Z' })).toEqual(['embargoUntil']);
    expect(issues({ publishAt: '2026-03-29T08:00:00Z', expireAt: '2026-03-29T08:00:00Z' })).toEqual(['expireAt']);
    expect(issues({ embargoUntil: '2026-03-29T08:00:00Z', expireAt: '2026-03-29T07:00:00Z' })).toEqual(['expireAt']);
  });
});

describe('earliestGoLive', () => {
  it('is the publish time, pushed back by an embargo, and undefined without a publish time', () => {
    expect(earliestGoLive({ publishAt: '2026-03-29T08:00:00Z' })).toBe(Date.parse('2026-03-29T08:00:00Z'));
    expect(earliestGoLive({ publishAt: '2026-03-29T08:00:00Z', embargoUntil: '2026-03-29T09:00:00Z' })).toBe(Date.parse('2026-03-29T09:00:00Z'));
    expect(earliestGoLive({ embargoUntil: '2026-03-29T09:00:00Z' })).toBeUndefined();
  });
});
