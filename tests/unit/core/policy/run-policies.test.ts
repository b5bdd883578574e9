import { describe, expect, it } from 'vitest';
import { DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';
import { placeAds } from '../../../../core/ads/placement';
import { SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/samples';
import { passesPolicies, runPolicies } from '../../../../core/policy/run-policies';
import { sampleArticle } from '../ads/fixtures';
import { at, casino, ctx, result } from './helpers';

describe('runPolicies', () => {
  it('passes what the placement engine produced for the sample page at night', () => {
    const now = new Date('2026-11-28T22:30:00Z');
    const article = sampleArticle();
    const placed = placeAds({ article, slots: SAMPLE_SLOTS, campaigns: SAMPLE_CAMPAIGNS, settings: DEFAULT_AD_SETTINGS, now, seed: 's', timeZone: 'Europe/Berlin' });
    const findings = runPolicies(placed, article, ctx(now));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(passesPolicies(findings)).toBe(true);
  });

  it('catches a stale placement when the page is shown later in the day', () => {
    const article = sampleArticle({ tags: ['Glücksspielsucht'] });
    const findings = runPolicies(result(at(3, casino), at(9, null, { label: '' })), article, ctx(new Date('2026-11-28T11:00:00Z')));
    expect(findings.map((f) => f.code).sort()).toEqual(['AD_LABEL_MISSING', 'AD_NEXT_TO_EMBED', 'BRAND_SAFETY', 'GAMBLING_HOURS'].sort());
    expect(passesPolicies(findings)).toBe(false);
    // Errors come first, with a reason in both languages.
    expect(findings.at(-1)?.severity).toBe('warning');
    for (const f of findings) expect(f.message.de && f.message.en).toBeTruthy();
  });
});
