import { describe, expect, it } from 'vitest';
import { adConfigSchema, adSettingsSchema, adSlotSchema, campaignSchema, DEFAULT_AD_SETTINGS, parseAdSize } from '../../../../core/ads/model';
import { SAMPLE_AD_CONFIG, SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/samples';

describe('ad model schemas', () => {
  it('accept the sample inventory, campaigns and default settings', () => {
    for (const slot of SAMPLE_SLOTS) expect(adSlotSchema.safeParse(slot).success).toBe(true);
    for (const campaign of SAMPLE_CAMPAIGNS) expect(campaignSchema.safeParse(campaign).success).toBe(true);
    expect(adSettingsSchema.safeParse(DEFAULT_AD_SETTINGS).success).toBe(true);
    // A stored config survives a JSON round trip unchanged.
    expect(adConfigSchema.parse(JSON.parse(JSON.stringify(SAMPLE_AD_CONFIG)))).toEqual(SAMPLE_AD_CONFIG);
  });

  it('match the real page: app house ad at the top, a casino and a sports-betting brand', () => {
    expect(SAMPLE_SLOTS.find((s) => s.position.kind === 'top')?.allowedCategories).toEqual(['house']);
    expect(SAMPLE_CAMPAIGNS.map((c) => c.category).sort()).toEqual(['casino', 'house', 'sports_betting']);
  });

  it('reject creatives whose links are not http(s)', () => {
    const bad = { ...SAMPLE_CAMPAIGNS[0], creative: { kind: 'image', imageUrl: 'https://x/a.png', clickUrl: 'javascript:alert(1)', alt: 'x' } };
    expect(campaignSchema.safeParse(bad).success).toBe(false);
  });

  it('reject a flight that ends before it starts', () => {
    const bad = { ...SAMPLE_CAMPAIGNS[0], flightStart: '2026-05-01T00:00:00Z', flightEnd: '2026-04-01T00:00:00Z' };
    expect(campaignSchema.safeParse(bad).success).toBe(false);
  });

  it('accept custom sizes as WxH but nothing else', () => {
    expect(adSlotSchema.safeParse({ ...SAMPLE_SLOTS[0], sizes: ['640x360'] }).success).toBe(true);
    expect(adSlotSchema.safeParse({ ...SAMPLE_SLOTS[0], sizes: ['big'] }).success).toBe(false);
  });
});

describe('parseAdSize', () => {
  it('reads width and height, and gives 0x0 for garbage', () => {
    expect(parseAdSize('970x250')).toEqual({ width: 970, height: 250 });
    expect(parseAdSize('"><script>')).toEqual({ width: 0, height: 0 });
  });
});

describe('stored JSON with optional fields left out', () => {
  it('fills in the defaults: no label override, enabled, any category, no targeting, licence unknown', () => {
    const slot = adSlotSchema.parse({ id: 'x', name: 'X', position: { kind: 'end' }, sizes: ['300x250'] });
    expect(slot).toMatchObject({ label: '', enabled: true, allowedCategories: [] });
    const { targetSections: _a, targetTags: _b, excludedTags: _c, licence: _d, ...minimal } = SAMPLE_CAMPAIGNS[2]!;
    const campaign = campaignSchema.parse(minimal);
    expect(campaign).toMatchObject({ targetSections: [], targetTags: [], excludedTags: [], licence: 'unknown' });
  });
});
