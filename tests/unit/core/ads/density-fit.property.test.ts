import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adsOfArticleAt } from '../../../../core/ads/article-ads';
import { fitMobileDensity } from '../../../../core/ads/density-fit';
import { placeAds } from '../../../../core/ads/placement';
import { DEFAULT_AD_SETTINGS } from '../../../../core/ads/model';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import { checkMobileDensity, estimateMobileDensity, mobileDensityPercent } from '../../../../core/policy/mobile-density';
import { runPolicies } from '../../../../core/policy/run-policies';
import { articleArb, campaignsArb, nowArb, slotsArb } from './arbitraries';
import { para, sampleArticle, words } from './fixtures';

const RUNS = { numRuns: 250 };
const BERLIN = 'Europe/Berlin';
/** Short articles, where the default inventory carries more ads than the text. */
const shortArticleArb = fc
  .array(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 4 })
  .map((lengths) => sampleArticle({ body: { type: 'doc', content: lengths.map((n) => para(words(n))) }, leadImage: { mediaId: null, alt: '', caption: '', credit: '' } as never }));

describe('the placement keeps the phone page within the density rule', () => {
  it('regression (issue 12): a short brief with the default inventory is approvable and says which ads were left out', () => {
    const brief = sampleArticle({ body: { type: 'doc', content: [para(words(25)), para(words(25))] } });
    const result = adsOfArticleAt(brief, SAMPLE_AD_CONFIG, new Date('2026-06-10T12:00:00Z'), BERLIN);
    expect(runPolicies(result, brief, { settings: SAMPLE_AD_CONFIG.settings, now: new Date('2026-06-10T12:00:00Z') }).map((f) => f.code)).not.toContain('MOBILE_AD_DENSITY');
    const dropped = result.skipped.filter((s) => s.code === 'DENSITY_LIMIT');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped[0]!.message.en).toMatch(/ad at the end of the article is left out: with it, mobile ad density would be \d+(\.\d)? % \(at most 30 %\)/);
    expect(result.density.percent).toBeLessThanOrEqual(30);
    // The big end ad goes; the small top banner, dropped first by priority, fits once it has gone.
    expect(dropped.map((s) => s.slotId)).toEqual(['end']);
    expect(result.placements.map((p) => p.slotId)).toEqual(['top', 'sidebar']);
  });

  it('property: for any article and the default inventory, the placement passes the density policy', () => {
    fc.assert(
      fc.property(fc.oneof(articleArb, shortArticleArb), nowArb, (article, now) => {
        const result = adsOfArticleAt(article, SAMPLE_AD_CONFIG, now, BERLIN);
        const findings = checkMobileDensity(result, article, { settings: SAMPLE_AD_CONFIG.settings, now });
        // Only the editor's own markers can take a page over the limit, and then no inventory ad is left in the text.
        if (findings.length > 0) expect(result.placements.filter((p) => p.source === 'rule' && p.position.kind !== 'sidebar')).toEqual([]);
        const manual = result.placements.filter((p) => p.source === 'manual');
        if (manual.length === 0) expect(findings).toEqual([]);
      }),
      RUNS,
    );
  });

  it('property: only inventory ads are dropped, and only as many as needed', () => {
    fc.assert(
      fc.property(articleArb, slotsArb, campaignsArb, nowArb, (article, slots, campaigns, now) => {
        const max = DEFAULT_AD_SETTINGS.maxMobileDensity;
        const placed = placeAds({ article, slots, campaigns, settings: DEFAULT_AD_SETTINGS, now, seed: article.id, timeZone: BERLIN });
        const fitted = fitMobileDensity(article, placed, max);
        const dropped = placed.placements.filter((p) => !fitted.placements.includes(p));
        // Over the limit only when the editor's markers alone are: then no inventory ad is left in the text.
        if (fitted.density.ratio > max) expect(fitted.placements.filter((p) => p.source === 'rule' && p.position.kind !== 'sidebar')).toEqual([]);
        expect(fitted.skipped.filter((s) => s.code === 'DENSITY_LIMIT')).toHaveLength(dropped.length);
        expect(dropped.filter((p) => p.source === 'manual')).toEqual([]);
        // Every ad left out was needed out: given back alone, the page is over the limit.
        for (const ad of dropped) expect(estimateMobileDensity(article, [...fitted.placements, ad]).ratio).toBeGreaterThan(max);
      }),
      RUNS,
    );
  });

  it('property: the meter and the checklist show one figure for the same article', () => {
    fc.assert(
      fc.property(articleArb, slotsArb, campaignsArb, nowArb, (article, slots, campaigns, now) => {
        const result = adsOfArticleAt(article, { slots, campaigns, settings: DEFAULT_AD_SETTINGS }, now, BERLIN);
        // The meter shows result.density.percent; the checklist words the policy's finding.
        // With a zero limit every figure is reported, so the policy's number can be read.
        const shown = result.density.percent;
        expect(shown).toBe(mobileDensityPercent(article, result.placements));
        const [finding] = checkMobileDensity(result, article, { settings: { ...DEFAULT_AD_SETTINGS, maxMobileDensity: 0 }, now });
        if (shown > 0) expect(finding?.message.en).toContain(`Mobile ad density is ${shown} %`);
      }),
      RUNS,
    );
  });
});
