import { describe, expect, it } from 'vitest';
import { checkGamblingRules } from '../../../../core/policy/gambling';
import { sampleArticle } from '../ads/fixtures';
import { at, betting, casino, ctx, house, result } from './helpers';

const article = sampleArticle();

describe('checkGamblingRules', () => {
  it('flags a casino ad shown at 06:00 Berlin on the spring DST day but not at 05:59', () => {
    expect(checkGamblingRules(result(at(0, casino)), article, ctx(new Date('2026-03-29T03:59:00Z')))).toEqual([]);
    const [finding] = checkGamblingRules(result(at(0, casino)), article, ctx(new Date('2026-03-29T04:00:00Z')));
    expect(finding).toMatchObject({ code: 'GAMBLING_HOURS', severity: 'error', campaignId: casino.id });
    expect(finding?.message.de).toContain('06:00 Uhr in Berlin');
  });
  it('allows casino ads again from 21:00 Berlin on the autumn DST day', () => {
    expect(checkGamblingRules(result(at(0, casino)), article, ctx(new Date('2026-10-25T19:59:00Z')))).toHaveLength(1);
    expect(checkGamblingRules(result(at(0, casino)), article, ctx(new Date('2026-10-25T20:00:00Z')))).toEqual([]);
  });
  it('allows sports betting in daytime', () => {
    expect(checkGamblingRules(result(at(0, betting)), article, ctx(new Date('2026-06-01T10:00:00Z')))).toEqual([]);
  });
  it('flags an operator without a German licence at any hour', () => {
    const findings = checkGamblingRules(result(at(0, { ...betting, licence: 'unknown' }), at(3, house)), article, ctx());
    expect(findings.map((f) => f.code)).toEqual(['GAMBLING_UNLICENSED']);
  });
});
