import { describe, expect, it } from 'vitest';
import { blockingItems, blocksApproval, runChecklist, type ChecklistContext } from '../../../../core/checklist/run';
import { readyArticle } from './article-fixture';

const ctx: ChecklistContext = { otherSlugs: new Set(['anderer-artikel']), policyFindings: [] };

describe('runChecklist', () => {
  it('lists all ten items, all passing, for a complete article, and does not block approval', () => {
    const items = runChecklist(readyArticle(), ctx);
    expect(items.map((i) => i.id)).toEqual([
      'headline', 'teaser', 'author', 'leadImageCredit', 'source', 'tags', 'slug', 'links', 'seoDescription', 'adPolicy',
    ]);
    expect(items.every((i) => i.status === 'pass')).toBe(true);
    expect(blocksApproval(items)).toBe(false);
  });

  it('blocks approval for a failing required item and names it in both languages', () => {
    const items = runChecklist(readyArticle({ author: '' }), ctx);
    expect(blocksApproval(items)).toBe(true);
    expect(blockingItems(items)).toEqual([{ id: 'author', required: true, status: 'fail', message: { de: 'Der Autor fehlt.', en: 'The author is missing.' } }]);
  });

  it('never blocks on warnings (a 75-character headline)', () => {
    const items = runChecklist(readyArticle({ headline: 'x'.repeat(75) }), ctx);
    expect(items.find((i) => i.id === 'headline')?.status).toBe('warn');
    expect(blocksApproval(items)).toBe(false);
  });

  it('lets recommended items fail without blocking: by default tags and SEO description', () => {
    const items = runChecklist(readyArticle({ tags: [], seo: { title: '', description: 'x'.repeat(200) } }), ctx);
    expect(items.filter((i) => i.status === 'fail').map((i) => i.id)).toEqual(['tags', 'seoDescription']);
    expect(blocksApproval(items)).toBe(false);
  });

  it('follows the site configuration: required, recommended or off per item', () => {
    const untagged = readyArticle({ tags: [], teaser: '' });
    const config = { levels: { tags: 'required', teaser: 'off', author: 'recommended' } } as const;
    const items = runChecklist(untagged, { ...ctx, config });
    expect(items.map((i) => i.id)).not.toContain('teaser');
    expect(items.find((i) => i.id === 'author')?.required).toBe(false);
    expect(blockingItems(items).map((i) => i.id)).toEqual(['tags']);
  });
});
