import { describe, expect, it } from 'vitest';
import { rejectCampaign } from '../../../../core/ads/campaign-eligibility';
import { DEFAULT_AD_SETTINGS, type Campaign } from '../../../../core/ads/model';
import { SAMPLE_CAMPAIGNS } from '../../../../core/ads/samples';

const betting = SAMPLE_CAMPAIGNS.find((c) => c.category === 'sports_betting') as Campaign;
const article = { tags: ['Fußball'], section: 'Sport' };
const now = new Date('2026-06-01T10:00:00Z');
const check = (c: Partial<Campaign>, subject = article, at = now) => rejectCampaign({ ...betting, ...c }, subject, DEFAULT_AD_SETTINGS, at)?.code ?? null;

describe('rejectCampaign', () => {
  it('lets a licensed sports-betting campaign in flight run on a sports article at noon', () => {
    expect(check({})).toBeNull();
  });
  it('runs a flight from its start (inclusive) to its end (exclusive)', () => {
    expect(check({ flightStart: now.toISOString() })).toBeNull();
    expect(check({ flightEnd: now.toISOString() })).toBe('FLIGHT_NOT_ACTIVE');
  });
  it('matches target sections and tags case-insensitively, and any of them', () => {
    expect(check({ targetSections: ['sport'], targetTags: ['Tennis', 'FUSSBALL', 'fußball'] })).toBeNull();
    expect(check({ targetSections: ['Politik'] })).toBe('TARGETING_MISMATCH');
    expect(check({ targetTags: ['Tennis'] })).toBe('TARGETING_MISMATCH');
  });
  it('honours excluded tags', () => {
    expect(check({ excludedTags: ['fußball'] })).toBe('EXCLUDED_TAG');
  });
  it('rejects by licence, gambling hours and brand safety', () => {
    expect(check({ licence: 'unlicensed' })).toBe('GAMBLING_UNLICENSED');
    expect(check({ category: 'slots' })).toBe('GAMBLING_HOURS');
    expect(check({ category: 'slots' }, article, new Date('2026-06-01T20:00:00Z'))).toBeNull();
    expect(check({}, { tags: ['Spielsucht'], section: 'Sport' })).toBe('BRAND_SAFETY');
  });
  it('explains itself in both languages', () => {
    const r = rejectCampaign({ ...betting, licence: 'unknown' }, article, DEFAULT_AD_SETTINGS, now);
    expect(r?.message.de).toContain('GGL');
    expect(r?.message.en).toContain('GGL');
  });
});
