import { describe, expect, it } from 'vitest';
import { chooseCampaign } from '../../../../core/ads/campaign-choice';
import type { Campaign } from '../../../../core/ads/model';
import { SAMPLE_CAMPAIGNS } from '../../../../core/ads/samples';

const base = SAMPLE_CAMPAIGNS[0] as Campaign;
const make = (id: string, priority: number, weight: number, sizes = ['300x250'], category: Campaign['category'] = 'display'): Campaign => ({
  ...base,
  id,
  category,
  priority,
  weight,
  sizes,
});

describe('chooseCampaign', () => {
  it('lets the highest priority win whatever the weights', () => {
    const pool = [make('low', 1, 1000), make('high', 5, 1)];
    for (let i = 0; i < 50; i++) expect(chooseCampaign(pool, ['300x250'], [], `k${i}`, new Set())?.campaign.id).toBe('high');
  });

  it('shares impressions by weight within one priority', () => {
    const pool = [make('a', 1, 3), make('b', 1, 1)];
    let a = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) if (chooseCampaign(pool, ['300x250'], [], `seed-${i}`, new Set())?.campaign.id === 'a') a++;
    expect(a / n).toBeGreaterThan(0.7);
    expect(a / n).toBeLessThan(0.8);
  });

  it('is fixed by the key', () => {
    const pool = [make('a', 1, 1), make('b', 1, 1), make('c', 1, 1)];
    const picks = ['x', 'y', 'z', 'w'].map((k) => chooseCampaign(pool, ['300x250'], [], k, new Set())?.campaign.id);
    expect(['x', 'y', 'z', 'w'].map((k) => chooseCampaign([...pool].reverse(), ['300x250'], [], k, new Set())?.campaign.id)).toEqual(picks);
  });

  it('prefers a campaign not yet on the page within the winning priority', () => {
    const pool = [make('a', 1, 100), make('b', 1, 1)];
    expect(chooseCampaign(pool, ['300x250'], [], 'k', new Set(['a']))?.campaign.id).toBe('b');
  });

  it('takes only campaigns with a fitting size and an allowed category, and returns that size', () => {
    const pool = [make('wide', 9, 1, ['728x90']), make('house', 1, 1, ['320x50', '728x90'], 'house')];
    expect(chooseCampaign(pool, ['300x250'], [], 'k', new Set())).toBeNull();
    const choice = chooseCampaign(pool, ['320x50', '728x90'], ['house'], 'k', new Set());
    expect(choice?.campaign.id).toBe('house');
    expect(choice?.size).toBe('320x50');
  });
});
