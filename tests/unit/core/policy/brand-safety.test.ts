import { describe, expect, it } from 'vitest';
import { checkBrandSafety } from '../../../../core/policy/brand-safety';
import { sampleArticle } from '../ads/fixtures';
import { at, betting, casino, ctx, house, result } from './helpers';

describe('checkBrandSafety', () => {
  it('flags gambling next to an article about an accident, naming slot and campaign', () => {
    const findings = checkBrandSafety(result(at(0, house), at(3, betting), at(5, casino)), sampleArticle({ tags: ['Unfall'] }), ctx());
    expect(findings.map((f) => [f.code, f.slotId, f.campaignId])).toEqual([
      ['BRAND_SAFETY', 's3', betting.id],
      ['BRAND_SAFETY', 's5', casino.id],
    ]);
    expect(findings[0]?.message.de).toContain('Unfall');
  });
  it('follows the configured table, not a fixed list', () => {
    const settings = { ...ctx().settings, brandSafety: [{ id: 'x', tags: ['Radweg'], sections: [], excludedCategories: ['house' as const] }] };
    expect(checkBrandSafety(result(at(0, house)), sampleArticle(), { ...ctx(), settings })).toHaveLength(1);
    expect(checkBrandSafety(result(at(0, betting)), sampleArticle({ tags: ['Unfall'] }), { ...ctx(), settings })).toEqual([]);
  });
});
