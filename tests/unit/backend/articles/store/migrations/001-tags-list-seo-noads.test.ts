import { describe, expect, it } from 'vitest';
import { migration001 } from '../../../../../../backend/articles/store/migrations/001-tags-list-seo-noads';

describe('migration 001 (file format 1 -> 2)', () => {
  it('splits the comma-separated tag string, trimming and dropping empty and duplicate tags', () => {
    expect(migration001.up({ tags: ' Politik,, Berlin , politik,Wahl 2025 ' }).tags).toEqual(['Politik', 'Berlin', 'Wahl 2025']);
  });

  it('adds the fields format 1 lacked with neutral values', () => {
    expect(migration001.up({ headline: 'x', tags: '' })).toEqual({
      headline: 'x',
      tags: [],
      noAds: false,
      seo: { title: '', description: '' },
      bodySchema: 1,
    });
  });

  it('keeps values that are already present', () => {
    const up = migration001.up({ tags: ['A'], noAds: true, seo: { title: 't', description: 'd' } });
    expect(up).toMatchObject({ tags: ['A'], noAds: true, seo: { title: 't', description: 'd' } });
  });
});
