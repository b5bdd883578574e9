import { describe, expect, it } from 'vitest';
import { checkNoAdsRespected } from '../../../../core/policy/no-ads';
import { sampleArticle } from '../ads/fixtures';
import { at, ctx, result } from './helpers';

describe('checkNoAdsRespected', () => {
  it('flags any ad on a "No ads" article', () => {
    expect(checkNoAdsRespected(result(at(0)), sampleArticle({ noAds: true }), ctx())[0]).toMatchObject({ code: 'NO_ADS_VIOLATED', severity: 'error' });
  });
  it('is quiet when the switch is off or no ad is placed', () => {
    expect(checkNoAdsRespected(result(at(0)), sampleArticle(), ctx())).toEqual([]);
    expect(checkNoAdsRespected(result(), sampleArticle({ noAds: true }), ctx())).toEqual([]);
  });
});
