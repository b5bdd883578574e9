import { describe, expect, it } from 'vitest';
import { checklistConfigSchema, DEFAULT_CHECKLIST_LEVELS } from '../../../../core/checklist/items';

describe('checklist configuration', () => {
  it('accepts a level for some items and rejects unknown items or levels', () => {
    expect(checklistConfigSchema.parse({ levels: { tags: 'required', seoDescription: 'off' } })).toEqual({ levels: { tags: 'required', seoDescription: 'off' } });
    expect(checklistConfigSchema.safeParse({ levels: { wordCount: 'required' } }).success).toBe(false);
    expect(checklistConfigSchema.safeParse({ levels: { tags: 'mandatory' } }).success).toBe(false);
  });

  it('requires by default what the issue lists as hard rules and only recommends tags and SEO description', () => {
    const recommended = Object.entries(DEFAULT_CHECKLIST_LEVELS).filter(([, level]) => level !== 'required').map(([id]) => id);
    expect(recommended.sort()).toEqual(['seoDescription', 'tags']);
  });
});
