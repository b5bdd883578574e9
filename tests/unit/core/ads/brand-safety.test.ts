import { describe, expect, it } from 'vitest';
import { brandSafetyConflict } from '../../../../core/ads/brand-safety';
import { DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';

const rules = DEFAULT_AD_SETTINGS.brandSafety;

describe('brandSafetyConflict with the default table', () => {
  it.each(['Glücksspielsucht', 'sucht', 'Unfall', 'accident', 'Kinder', 'Suizid', 'Tod'])('keeps gambling and alcohol off articles tagged %s', (tag) => {
    for (const category of ['casino', 'sports_betting', 'alcohol'] as const) {
      expect(brandSafetyConflict({ tags: ['Politik', tag], section: 'Aktuelle News' }, category, rules)).not.toBeNull();
    }
  });

  it('names the tag that matched, as the article spells it', () => {
    expect(brandSafetyConflict({ tags: ['UNFALL'], section: '' }, 'casino', rules)?.matched).toBe('UNFALL');
  });

  it('excludes by section too', () => {
    expect(brandSafetyConflict({ tags: [], section: 'Familie' }, 'alcohol', rules)?.rule.id).toBe('children');
  });

  it('lets house and display ads run next to sensitive articles', () => {
    expect(brandSafetyConflict({ tags: ['Unfall', 'Kinder'], section: 'Familie' }, 'house', rules)).toBeNull();
    expect(brandSafetyConflict({ tags: ['Sucht'], section: '' }, 'display', rules)).toBeNull();
  });

  it('lets gambling run next to ordinary articles', () => {
    expect(brandSafetyConflict({ tags: ['Fußball', 'Bundesliga'], section: 'Sport' }, 'sports_betting', rules)).toBeNull();
  });
});
