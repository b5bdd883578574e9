import fc from 'fast-check';
import type { Article } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';
import type { AdSettings, AdSlot, Campaign } from '../../../../core/ads/model';
import { CAMPAIGN_CATEGORIES, DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';
import { para, sampleArticle, words } from './fixtures';

export const SLOT_IDS = ['top', 'in-a', 'in-b', 'end', 'side'] as const;

const block: fc.Arbitrary<BodyNode> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 120 }).map((n) => para(words(n))) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'paragraph' }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Zwischentitel' }] }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'blockquote', attrs: { attribution: 'X' }, content: [para('Zitat hier')] }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'bulletList', content: [{ type: 'listItem', content: [para('Punkt')] }] }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'orderedList', content: [{ type: 'listItem', content: [para('Punkt')] }] }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'figure', attrs: { mediaId: 'm1', alt: 'a', caption: 'c', credit: 'k' } }) },
  { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'horizontalRule' }) },
  {
    weight: 1,
    arbitrary: fc
      .record({ slotId: fc.constantFrom<string>(...SLOT_IDS, 'unknown-slot'), size: fc.constantFrom('300x250', '728x90', 'bogus') })
      .map((attrs): BodyNode => ({ type: 'adSlot', attrs })),
  },
);

/** Random articles: paragraphs of any length mixed with quotes, lists, figures and manual ad markers. */
export const articleArb: fc.Arbitrary<Article> = fc
  .record({
    content: fc.array(block, { minLength: 0, maxLength: 40, size: 'max' }),
    tags: fc.subarray(['Politik', 'Sport', 'Sucht', 'Unfall', 'Kinder', 'Wirtschaft']),
    section: fc.constantFrom('Aktuelle News', 'Sport', 'Familie'),
  })
  .map(({ content, tags, section }) => sampleArticle({ body: { type: 'doc', content }, tags, section }));

const positionArb: fc.Arbitrary<AdSlot['position']> = fc.oneof(
  fc.constant({ kind: 'top' as const }),
  fc.constant({ kind: 'end' as const }),
  fc.constant({ kind: 'sidebar' as const }),
  fc.integer({ min: 1, max: 10 }).map((paragraph) => ({ kind: 'afterParagraph' as const, paragraph })),
  fc.integer({ min: 1, max: 6 }).map((paragraphs) => ({ kind: 'everyParagraphs' as const, paragraphs })),
  fc.integer({ min: 50, max: 400 }).map((w) => ({ kind: 'everyWords' as const, words: w })),
);

/** Random inventories over the fixed slot ids. */
export const slotsArb: fc.Arbitrary<AdSlot[]> = fc.tuple(
  ...SLOT_IDS.map((id) =>
    fc.record({
      position: positionArb,
      enabled: fc.boolean(),
      sizes: fc.subarray(['300x250', '728x90', '320x50'], { minLength: 1 }),
    }).map((r): AdSlot => ({ id, name: `Slot ${id}`, label: '', allowedCategories: [], ...r })),
  ),
);

export const settingsArb: fc.Arbitrary<AdSettings> = fc.record({
  minParagraphsBetweenAds: fc.integer({ min: 0, max: 5 }),
  maxAdsPer1000Words: fc.integer({ min: 0, max: 8 }),
  maxMobileDensity: fc.constant(0.3),
  brandSafety: fc.constant(DEFAULT_AD_SETTINGS.brandSafety),
});

/** Random campaigns of every category and licence status, all in flight during 2026. */
export const campaignsArb: fc.Arbitrary<Campaign[]> = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{3,8}$/),
    category: fc.constantFrom(...CAMPAIGN_CATEGORIES),
    licence: fc.constantFrom('licensed' as const, 'unlicensed' as const, 'unknown' as const),
    priority: fc.integer({ min: 0, max: 3 }),
    weight: fc.integer({ min: 1, max: 5 }),
    sizes: fc.subarray(['300x250', '728x90', '320x50'], { minLength: 1 }),
  }).map(
    (r): Campaign => ({
      ...r,
      advertiser: r.id,
      creative: { kind: 'html', html: '<p>ad</p>' },
      flightStart: '2026-01-01T00:00:00Z',
      flightEnd: '2027-01-01T00:00:00Z',
      targetSections: [],
      targetTags: [],
      excludedTags: [],
    }),
  ),
  { maxLength: 6, selector: (c) => c.id },
);

/** Any instant in 2026, so both summer and winter time and every hour are covered. */
export const nowArb = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T23:59:59Z'), noInvalidDate: true });
