import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../../../core/article/article';
import { migrateArticleFile } from '../../../../../../backend/articles/store/migrations/run-migrations';
import { migration002 } from '../../../../../../backend/articles/store/migrations/002-ad-overrides-schedule-history';

describe('migration 002 (file format 2 -> 3)', () => {
  it('gives older articles no ad overrides, no schedule and an empty status history', () => {
    expect(migration002.up({ headline: 'x' })).toEqual({ headline: 'x', adOverrides: [], schedule: null, statusHistory: [] });
  });

  it('keeps values that are already present', () => {
    const schedule = { publishAt: '2026-05-01T08:00:00Z' };
    expect(migration002.up({ schedule, adOverrides: [], statusHistory: [] })).toMatchObject({ schedule });
  });

  it('turns a complete format-2 article into a valid current one', () => {
    const v2 = {
      id: 'v2-article',
      rev: 3,
      language: 'de',
      section: 'Sport',
      headline: 'Derby endet unentschieden',
      teaser: '',
      author: 'Lea Fischer',
      leadImage: { mediaId: null, alt: '', credit: '' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '1:1.' }] }] },
      tags: ['Fußball'],
      source: '',
      slug: 'derby-endet-unentschieden',
      seo: { title: '', description: '' },
      noAds: false,
      bodySchema: 1,
      status: 'published',
      createdAt: '2025-10-01T10:00:00.000Z',
      updatedAt: '2025-10-01T12:00:00.000Z',
    };
    const outcome = migrateArticleFile({ schemaVersion: 2, article: v2 });
    expect(outcome.kind).toBe('migrated');
    expect(articleSchema.parse(outcome.kind === 'migrated' ? outcome.article : null)).toMatchObject({ ...v2, schedule: null, statusHistory: [] });
  });
});
