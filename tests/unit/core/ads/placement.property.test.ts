import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AD_SHY_BLOCKS, describeBlocks, paragraphsBetween, totalWords } from '../../../../core/ads/body-blocks';
import { isGamblingBanHour } from '../../../../core/ads/gambling-rules';
import { DAYTIME_BANNED_CATEGORIES, DEFAULT_AD_SETTINGS, isGambling } from '../../../../core/ads/model';
import { maxBodyAds, placeAds } from '../../../../core/ads/placement';
import type { PlacementInput } from '../../../../core/ads/placement-types';
import { brandSafetyConflict } from '../../../../core/ads/brand-safety';
import { articleArb, campaignsArb, nowArb, settingsArb, slotsArb } from './arbitraries';

const inputArb: fc.Arbitrary<PlacementInput> = fc
  .record({ article: articleArb, slots: slotsArb, campaigns: campaignsArb, settings: settingsArb, now: nowArb, seed: fc.string({ maxLength: 8 }) })
  .map((r) => ({ ...r, timeZone: 'Europe/Berlin' }));

const RUNS = { numRuns: 300 };

describe('placeAds invariants over random articles', () => {
  it('never puts a rule ad before the first paragraph or next to a quote, list, figure or ad marker', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const blocks = describeBlocks(input.article.body);
        for (const p of placeAds(input).placements) {
          if (p.source !== 'rule' || p.position.kind !== 'afterBlock') continue;
          const at = p.position.blockIndex as number;
          expect(blocks.slice(0, at + 1).some((b) => b.isParagraph)).toBe(true);
          const before = blocks[at];
          const after = blocks[at + 1];
          expect(before && after).toBeTruthy();
          for (const neighbour of [before!, after!]) {
            expect(AD_SHY_BLOCKS.has(neighbour.type)).toBe(false);
            expect(neighbour.type).not.toBe('adSlot');
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps every rule ad at least minParagraphsBetweenAds paragraphs from every other in-body ad', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const blocks = describeBlocks(input.article.body);
        const inBody = placeAds(input).placements.filter((p) => p.position.kind === 'afterBlock');
        for (const p of inBody) {
          if (p.source !== 'rule') continue;
          for (const other of inBody) {
            if (other === p) continue;
            const a = p.position.blockIndex as number;
            const b = other.position.blockIndex as number;
            expect(a).not.toBe(b);
            expect(paragraphsBetween(blocks, a, b)).toBeGreaterThanOrEqual(input.settings.minParagraphsBetweenAds);
          }
        }
      }),
      RUNS,
    );
  });

  it('adds rule ads only up to the maximum for the article length', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const placements = placeAds(input).placements.filter((p) => p.position.kind === 'afterBlock');
        const manual = placements.filter((p) => p.source === 'manual').length;
        const rule = placements.length - manual;
        const limit = maxBodyAds(totalWords(describeBlocks(input.article.body)), input.settings.maxAdsPer1000Words);
        expect(rule).toBeLessThanOrEqual(Math.max(0, limit - manual));
      }),
      RUNS,
    );
  });

  it('keeps every top-level manual marker of a switched-on or unknown slot, at its own position', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const enabled = new Map(input.slots.map((s) => [s.id, s.enabled]));
        const expected = input.article.body.content
          .map((node, index) => ({ node, index }))
          .filter(({ node }) => node.type === 'adSlot' && enabled.get(node.attrs?.slotId as string) !== false)
          .map(({ node, index }) => `${node.attrs?.slotId as string}@${index}`);
        const manual = placeAds(input)
          .placements.filter((p) => p.source === 'manual')
          .map((p) => `${p.slotId}@${p.position.blockIndex}`);
        expect(manual).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('gives the same page for the same inputs and seed, whatever the order of the campaigns', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = placeAds(input);
        expect(placeAds(structuredClone(input))).toEqual(first);
        expect(placeAds({ ...input, campaigns: [...input.campaigns].reverse() })).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('lists placements in page order: top, body ads by block, end, sidebar', () => {
    const rank = { top: 0, afterBlock: 1, end: 2, sidebar: 3 };
    fc.assert(
      fc.property(inputArb, (input) => {
        const keys = placeAds(input).placements.map((p) => rank[p.position.kind] * 1e6 + (p.position.blockIndex ?? 0));
        expect(keys).toEqual([...keys].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('places nothing on a "No ads" article', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = placeAds({ ...input, article: { ...input.article, noAds: true } });
        expect(result.placements).toEqual([]);
        expect(result.skipped.map((s) => s.code)).toContain('NO_ADS_ARTICLE');
      }),
      { numRuns: 50 },
    );
  });

  it('never fills a slot with an unlicensed gambling operator, a daytime casino/slots/poker ad, or a brand-unsafe category', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const p of placeAds(input).placements) {
          const c = p.campaign;
          if (!c) continue;
          if (isGambling(c.category)) expect(c.licence).toBe('licensed');
          if (DAYTIME_BANNED_CATEGORIES.includes(c.category)) expect(isGamblingBanHour(input.now)).toBe(false);
          expect(brandSafetyConflict(input.article, c.category, DEFAULT_AD_SETTINGS.brandSafety)).toBeNull();
          expect(c.sizes).toContain(p.size);
        }
      }),
      RUNS,
    );
  });
});
