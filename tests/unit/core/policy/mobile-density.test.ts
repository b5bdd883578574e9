import { describe, expect, it } from 'vitest';
import { checkMobileDensity, estimateAdHeight, estimateMobileDensity, mobileDensityPercent } from '../../../../core/policy/mobile-density';
import { para, sampleArticle, words } from '../ads/fixtures';
import { at, ctx, result } from './helpers';

describe('estimateMobileDensity', () => {
  const article = sampleArticle();

  it('is zero without ads and grows with each ad in the main content', () => {
    const none = estimateMobileDensity(article, []);
    const one = estimateMobileDensity(article, [at(0)]);
    const two = estimateMobileDensity(article, [at(0), at(3)]);
    expect(none.ratio).toBe(0);
    expect(none.contentHeightPx).toBeGreaterThan(1000);
    expect(one.ratio).toBeGreaterThan(0);
    expect(two.ratio).toBeGreaterThan(one.ratio);
    expect(two.contentHeightPx).toBe(none.contentHeightPx + two.adHeightPx);
  });

  it('leaves sidebar ads out: on a phone they stack below the main content', () => {
    const side = { ...at(0), position: { kind: 'sidebar' as const } };
    expect(estimateMobileDensity(article, [side]).ratio).toBe(0);
  });

  it('scales wide creatives down to the phone column', () => {
    expect(estimateAdHeight('970x250')).toBeLessThan(estimateAdHeight('300x250'));
  });

  it('grows with the amount of text: longer paragraphs dilute the same ad', () => {
    const short = sampleArticle({ body: { type: 'doc', content: [para(words(20))] } });
    const long = sampleArticle({ body: { type: 'doc', content: [para(words(400))] } });
    expect(estimateMobileDensity(long, [at(0)]).ratio).toBeLessThan(estimateMobileDensity(short, [at(0)]).ratio);
  });
});

describe('checkMobileDensity', () => {
  it('passes the sample article with two ads', () => {
    expect(checkMobileDensity(result(at(0), at(9)), sampleArticle(), ctx())).toEqual([]);
  });

  it('fails a short article stuffed with ads above 30 %', () => {
    const short = sampleArticle({ body: { type: 'doc', content: [para(words(30)), para(words(30)), para(words(30))] } });
    const [finding] = checkMobileDensity(result(at(0), at(1), at(2), { ...at(2), position: { kind: 'top' } }), short, ctx());
    expect(finding).toMatchObject({ code: 'MOBILE_AD_DENSITY', severity: 'error' });
  });

  it('names the same figure as mobileDensityPercent, the one the preview meter shows', () => {
    const short = sampleArticle({ body: { type: 'doc', content: [para(words(30)), para(words(30)), para(words(30))] } });
    const placements = [at(0), at(1), at(2)];
    const [finding] = checkMobileDensity(result(...placements), short, ctx());
    const percent = mobileDensityPercent(short, placements);
    expect(percent).toBeGreaterThan(30);
    expect(finding?.message.en).toContain(`Mobile ad density is ${percent} %`);
    expect(finding?.message.de).toContain(`Smartphone ${String(percent).replace('.', ',')} %`);
  });
});
