import { describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../../../../core/article/primitives';
import { articleStatusToWp, fromWpGmt, toWpGmt, wpStatusToArticle } from '../../../../../../backend/sync/targets/wordpress';

const now = new Date('2026-11-29T10:00:00Z');
const opts = { unpublishedAs: 'draft' as const, now };

describe('articleStatusToWp', () => {
  it.each<[ArticleStatus, string]>([
    ['draft', 'draft'],
    ['changes_requested', 'draft'],
    ['in_review', 'pending'],
    ['approved', 'pending'],
    ['published', 'publish'],
    ['unpublished', 'draft'],
    ['archived', 'draft'],
  ])('%s -> %s', (status, wp) => {
    expect(articleStatusToWp(status, null, opts).status).toBe(wp);
  });

  it('unpublished can map to private', () => {
    expect(articleStatusToWp('unpublished', null, { ...opts, unpublishedAs: 'private' }).status).toBe('private');
  });

  it('scheduled far enough ahead -> future with date_gmt', () => {
    expect(articleStatusToWp('scheduled', { publishAt: '2026-11-29T12:00:00Z' }, opts)).toEqual({ status: 'future', dateGmt: '2026-11-29T12:00:00' });
    expect(articleStatusToWp('scheduled', { publishAt: '2026-11-29T10:01:00Z' }, opts).status).toBe('future');
  });

  it('scheduled under 60 s ahead -> publish now, reported as early', () => {
    expect(articleStatusToWp('scheduled', { publishAt: '2026-11-29T10:00:30Z' }, opts)).toEqual({ status: 'publish', dateGmt: '2026-11-29T10:00:00', publishedEarlyMs: 30_000 });
  });

  it('scheduled under 60 s ahead with an embargo, or policy hold -> draft held until the time', () => {
    const s = { publishAt: '2026-11-29T10:00:20Z', embargoUntil: '2026-11-29T10:00:20Z' };
    expect(articleStatusToWp('scheduled', s, opts)).toEqual({ status: 'draft', holdUntil: '2026-11-29T10:00:20.000Z' });
    expect(articleStatusToWp('scheduled', { publishAt: '2026-11-29T10:00:20Z' }, { ...opts, nearFuture: 'hold' }).status).toBe('draft');
  });

  it('scheduled in the past -> publish with its time; without a time -> draft', () => {
    expect(articleStatusToWp('scheduled', { publishAt: '2026-11-29T09:00:00Z' }, opts)).toEqual({ status: 'publish', dateGmt: '2026-11-29T09:00:00' });
    expect(articleStatusToWp('scheduled', null, opts)).toEqual({ status: 'draft', missingPublishTime: true });
  });
});

describe('wpStatusToArticle', () => {
  it('maps each post status', () => {
    expect(wpStatusToArticle('publish', null)).toBe('published');
    expect(wpStatusToArticle('future', null)).toBe('scheduled');
    expect(wpStatusToArticle('pending', null)).toBe('in_review');
    expect(wpStatusToArticle('private', null)).toBe('unpublished');
    expect(wpStatusToArticle('draft', null)).toBe('draft');
    expect(wpStatusToArticle('nonsense', null)).toBe('draft');
  });

  it('keeps a finer local status that maps to the same post status', () => {
    expect(wpStatusToArticle('draft', 'changes_requested')).toBe('changes_requested');
    expect(wpStatusToArticle('pending', 'approved')).toBe('approved');
    expect(wpStatusToArticle('draft', 'unpublished')).toBe('unpublished');
    expect(wpStatusToArticle('publish', 'draft')).toBe('published');
  });
});

describe('WordPress dates', () => {
  it('converts both ways', () => {
    expect(toWpGmt(Date.parse('2026-11-29T10:00:00.900Z'))).toBe('2026-11-29T10:00:00');
    expect(fromWpGmt('2026-11-29T10:00:00')).toBe('2026-11-29T10:00:00Z');
    expect(fromWpGmt('0000-00-00T00:00:00')).toBeNull();
    expect(fromWpGmt(null)).toBeNull();
  });
});
