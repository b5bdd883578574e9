import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../core/article/article';
import type { AdSlot, Campaign } from '../../../../core/ads/model';
import { DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';
import { maxBodyAds, placeAds } from '../../../../core/ads/placement';
import type { PlacementInput } from '../../../../core/ads/placement-types';
import { SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/samples';
import { para, sampleArticle, words } from './fixtures';

const NIGHT = new Date('2026-11-28T22:30:00Z'); // 23:30 in Berlin
const NOON = new Date('2026-11-28T11:00:00Z'); // 12:00 in Berlin

const casino = SAMPLE_CAMPAIGNS.find((c) => c.category === 'casino') as Campaign;
const betting = SAMPLE_CAMPAIGNS.find((c) => c.category === 'sports_betting') as Campaign;
const house = SAMPLE_CAMPAIGNS.find((c) => c.category === 'house') as Campaign;

const input = (overrides: Partial<PlacementInput> = {}): PlacementInput => ({
  article: sampleArticle(),
  slots: SAMPLE_SLOTS,
  campaigns: SAMPLE_CAMPAIGNS,
  settings: DEFAULT_AD_SETTINGS,
  now: NIGHT,
  seed: 'page-1',
  timeZone: 'Europe/Berlin',
  ...overrides,
});

const slot = (id: string, position: AdSlot['position'], extra: Partial<AdSlot> = {}): AdSlot => ({
  id,
  name: id,
  position,
  sizes: ['300x250'],
  label: '',
  enabled: true,
  allowedCategories: [],
  ...extra,
});

const longArticle = (paragraphs: number, extra: Partial<Article> = {}) =>
  sampleArticle({ body: { type: 'doc', content: Array.from({ length: paragraphs }, () => para(words(80))) }, ...extra });

describe('placeAds on the sample page', () => {
  it('puts the app house ad at the top, a paid ad in the body, and fills end and sidebar', () => {
    const { placements } = placeAds(input());
    expect(placements.map((p) => p.slotId)).toEqual(['top', 'in-article', 'end', 'sidebar']);
    expect(placements[0]?.campaign?.id).toBe(house.id);
    expect(placements[0]?.position).toEqual({ kind: 'top' });
    expect([casino.id, betting.id]).toContain(placements[1]?.campaign?.id);
    for (const p of placements) expect(p.label).toBe('Anzeige');
  });

  it('labels ads "Advertisement" on an English article and keeps a slot\'s own label', () => {
    const en = placeAds(input({ article: sampleArticle({ language: 'en' }) }));
    expect(en.placements.every((p) => p.label === 'Advertisement')).toBe(true);
    const custom = placeAds(input({ slots: [slot('s', { kind: 'end' }, { label: 'Werbung' })] }));
    expect(custom.placements[0]?.label).toBe('Werbung');
  });

  it('places nothing on a "No ads" article and says why', () => {
    const result = placeAds(input({ article: sampleArticle({ noAds: true }) }));
    expect(result.placements).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.code).toBe('NO_ADS_ARTICLE');
    expect(result.skipped[0]?.message.de).toContain('Keine Werbung');
  });
});

describe('placeAds: German gambling rules', () => {
  const casinoOnly = (now: Date) => placeAds(input({ now, slots: [slot('end', { kind: 'end' })], campaigns: [casino] }));

  it('shows no casino ad at noon and says it is the gambling hours', () => {
    const result = placeAds(input({ now: NOON }));
    expect(result.placements.some((p) => p.campaign?.category === 'casino')).toBe(false);
    const skip = result.skipped.find((s) => s.campaignId === casino.id);
    expect(skip?.code).toBe('GAMBLING_HOURS');
    expect(skip?.message.de).toContain('12:00');
    // Sports betting is not under the daytime ban.
    expect(result.placements.some((p) => p.campaign?.id === betting.id)).toBe(true);
  });

  it.each([
    ['2026-03-29T03:59:00Z', true],
    ['2026-03-29T04:00:00Z', false],
    ['2026-03-29T18:59:00Z', false],
    ['2026-03-29T19:00:00Z', true],
    ['2026-10-25T04:59:00Z', true],
    ['2026-10-25T05:00:00Z', false],
    ['2026-10-25T19:59:00Z', false],
    ['2026-10-25T20:00:00Z', true],
  ])('at %s (05:59/06:00/20:59/21:00 Berlin on a DST day) the casino shows: %s', (iso, shows) => {
    expect(casinoOnly(new Date(iso)).placements[0]?.campaign?.id === casino.id).toBe(shows);
  });

  it.each(['unlicensed', 'unknown'] as const)('never places a gambling operator whose licence is %s', (licence) => {
    const result = placeAds(input({ campaigns: [{ ...betting, licence, priority: 99 }, house] }));
    expect(result.placements.some((p) => p.campaign?.id === betting.id)).toBe(false);
    expect(result.skipped.find((s) => s.campaignId === betting.id)?.code).toBe('GAMBLING_UNLICENSED');
  });
});

describe('placeAds: campaign selection', () => {
  it('keeps gambling off an article about addiction, and fills the slots with the house ad', () => {
    const result = placeAds(input({ article: sampleArticle({ tags: ['Glücksspielsucht'] }) }));
    expect(result.placements.every((p) => p.campaign?.category === 'house')).toBe(true);
    expect(result.skipped.filter((s) => s.code === 'BRAND_SAFETY').map((s) => s.campaignId).sort()).toEqual([casino.id, betting.id].sort());
  });

  it('honours flights, targeting and excluded tags', () => {
    const expired = { ...betting, id: 'expired', flightEnd: '2026-02-01T00:00:00Z', flightStart: '2026-01-01T00:00:00Z' };
    const sportOnly = { ...betting, id: 'sport-only', targetSections: ['Sport'] };
    const noTraffic = { ...betting, id: 'no-traffic', excludedTags: ['verkehr'] };
    const result = placeAds(input({ campaigns: [expired, sportOnly, noTraffic] }));
    expect(result.placements.every((p) => p.campaign === null)).toBe(true);
    const codes = Object.fromEntries(result.skipped.filter((s) => s.campaignId).map((s) => [s.campaignId, s.code]));
    expect(codes).toEqual({ expired: 'FLIGHT_NOT_ACTIVE', 'sport-only': 'TARGETING_MISMATCH', 'no-traffic': 'EXCLUDED_TAG' });
    expect(result.placements.every((p) => p.reasons.some((r) => r.includes('no eligible campaign')))).toBe(true);
  });

  it('is the same page for the same seed, and different seeds share the slot between equal campaigns', () => {
    const a = { ...betting, id: 'a', priority: 5 };
    const b = { ...betting, id: 'b', priority: 5 };
    const pick = (seed: string) => placeAds(input({ seed, campaigns: [a, b], slots: [slot('end', { kind: 'end' })] })).placements[0]?.campaign?.id;
    expect(pick('same')).toBe(pick('same'));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => pick(`seed-${i}`)));
    expect(seen).toEqual(new Set(['a', 'b']));
  });
});

describe('placeAds: body rules', () => {
  it('puts "after paragraph N" after that paragraph, moving past quotes, lists and figures', () => {
    const article = sampleArticle();
    // Paragraph 4 (block 5) is followed by a list, block 7 by a figure: the first allowed spot is after block 9.
    const { placements } = placeAds(input({ article, slots: [slot('p4', { kind: 'afterParagraph', paragraph: 4 })] }));
    expect(placements[0]?.position).toEqual({ kind: 'afterBlock', blockIndex: 9 });
    const { placements: p2 } = placeAds(input({ article, slots: [slot('p1', { kind: 'afterParagraph', paragraph: 1 })] }));
    expect(p2[0]?.position).toEqual({ kind: 'afterBlock', blockIndex: 0 });
  });

  it('repeats every N paragraphs with the minimum distance and up to the length-based maximum', () => {
    const article = longArticle(20); // 1,600 words
    const settings = { ...DEFAULT_AD_SETTINGS, minParagraphsBetweenAds: 3, maxAdsPer1000Words: 3 };
    const result = placeAds(input({ article, settings, slots: [slot('rep', { kind: 'everyParagraphs', paragraphs: 2 })] }));
    const at = result.placements.map((p) => p.position.blockIndex);
    // Targets after paragraphs 2, 4, 6, …; every second one is closer than 3 paragraphs, and 1,600 words allow 4.
    expect(maxBodyAds(1600, 3)).toBe(4);
    expect(at).toEqual([1, 5, 9, 13]);
    expect(result.skipped.some((s) => s.code === 'TOO_CLOSE')).toBe(true);
    expect(result.skipped.some((s) => s.code === 'MAX_ADS_REACHED')).toBe(true);
  });

  it('repeats every N words', () => {
    const article = longArticle(10); // 80 words a paragraph
    const settings = { ...DEFAULT_AD_SETTINGS, minParagraphsBetweenAds: 1, maxAdsPer1000Words: 10 };
    const result = placeAds(input({ article, settings, slots: [slot('w', { kind: 'everyWords', words: 200 })] }));
    // 200 words are reached in paragraph 3 (240 words), 400 in paragraph 5, 600 in paragraph 8.
    expect(result.placements.map((p) => p.position.blockIndex)).toEqual([2, 4, 7]);
  });

  it('allows at least one in-body ad in any article with text, none in an empty one', () => {
    expect(maxBodyAds(120, 3)).toBe(1);
    expect(maxBodyAds(2000, 3)).toBe(6);
    expect(maxBodyAds(0, 3)).toBe(0);
  });
});

describe('placeAds: manual ad markers', () => {
  const withMarker = (content: Article['body']['content']) => sampleArticle({ body: { type: 'doc', content } });

  it('keeps the editor\'s marker where it is, even next to a quote, in the requested size', () => {
    const article = withMarker([
      para(words(30)),
      { type: 'blockquote', attrs: {}, content: [para('Zitat')] },
      { type: 'adSlot', attrs: { slotId: 'in-article', size: '300x250' } },
      para(words(30)),
    ]);
    const { placements } = placeAds(input({ article }));
    const manual = placements.filter((p) => p.source === 'manual');
    expect(manual).toHaveLength(1);
    expect(manual[0]?.position).toEqual({ kind: 'afterBlock', blockIndex: 2 });
    expect(manual[0]?.size).toBe('300x250');
  });

  it('wins over the rules: rule ads keep their distance from it', () => {
    const content = Array.from({ length: 12 }, () => para(words(80)));
    content.splice(2, 0, { type: 'adSlot', attrs: { slotId: 'manual-1' } });
    const settings = { ...DEFAULT_AD_SETTINGS, minParagraphsBetweenAds: 3, maxAdsPer1000Words: 10 };
    const result = placeAds(input({ article: withMarker(content), settings, slots: [slot('rep', { kind: 'everyParagraphs', paragraphs: 1 })] }));
    expect(result.placements.map((p) => `${p.source}@${p.position.blockIndex}`)).toEqual(['manual@2', 'rule@5', 'rule@8', 'rule@11']);
  });

  it('drops a marker whose slot is switched off for this article, and says why', () => {
    const article = withMarker([para(words(30)), { type: 'adSlot', attrs: { slotId: 'in-article' } }, para(words(30))]);
    const result = placeAds(input({ article, overrides: [{ slotId: 'in-article', enabled: false }] }));
    expect(result.placements.some((p) => p.slotId === 'in-article')).toBe(false);
    expect(result.skipped.some((s) => s.code === 'SLOT_DISABLED' && s.slotId === 'in-article')).toBe(true);
  });

  it('ignores markers nested inside a quote and reports them', () => {
    const article = withMarker([para(words(30)), { type: 'blockquote', content: [{ type: 'adSlot', attrs: { slotId: 'x' } }] }]);
    const result = placeAds(input({ article }));
    expect(result.placements.some((p) => p.source === 'manual')).toBe(false);
    expect(result.skipped.find((s) => s.code === 'MANUAL_NOT_TOP_LEVEL')?.blockIndex).toBe(1);
  });
});

describe('placeAds: per-article slot overrides', () => {
  it('moves or switches off a slot for one article only', () => {
    const moved = placeAds(input({ overrides: [{ slotId: 'in-article', position: { kind: 'afterParagraph', paragraph: 1 } }] }));
    expect(moved.placements.find((p) => p.slotId === 'in-article')?.position).toEqual({ kind: 'afterBlock', blockIndex: 0 });
    const off = placeAds(input({ overrides: [{ slotId: 'sidebar', enabled: false }] }));
    expect(off.placements.map((p) => p.slotId)).not.toContain('sidebar');
  });
});
