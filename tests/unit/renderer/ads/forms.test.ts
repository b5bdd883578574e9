import { describe, expect, it } from 'vitest';
import { SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/samples';
import { campaignToForm, emptyCampaignForm, formToCampaign } from '../../../../renderer/src/ads/campaign-form';
import { newConfigId, readSizes, splitList } from '../../../../renderer/src/ads/form-helpers';
import { effectiveSlot, withOverride, withoutOverride } from '../../../../renderer/src/ads/overrides';
import { readPosition } from '../../../../renderer/src/ads/position-rule';
import { emptySlotForm, formToSlot, slotToForm } from '../../../../renderer/src/ads/slot-form';

const TZ = 'Europe/Berlin';

describe('form helpers', () => {
  it('derives readable, unique ids', () => {
    expect(newConfigId('Nach dem ersten Absatz', [], 'slot')).toBe('nach-dem-ersten-absatz');
    expect(newConfigId('Bäckerei Schmidt', ['baeckerei-schmidt'], 'campaign')).toBe('baeckerei-schmidt-2');
    expect(newConfigId('!!!', [], 'slot')).toBe('slot');
  });

  it('splits comma lists without blanks or duplicates', () => {
    expect(splitList(' Sport, , sport ,Politik')).toEqual(['Sport', 'Politik']);
  });

  it('reads standard and custom sizes, and names a malformed one', () => {
    expect(readSizes({ standard: ['300x250'], custom: '300 x 600, 160×600' })).toEqual({ ok: true, sizes: ['300x250', '300x600', '160x600'] });
    expect(readSizes({ standard: [], custom: '' })).toEqual({ ok: false, error: 'ads.errors.sizesRequired' });
    expect(readSizes({ standard: [], custom: 'gross' })).toEqual({ ok: false, error: 'ads.errors.customSize' });
  });

  it('reads position rules within the model\'s limits', () => {
    expect(readPosition('everyWords', '300')).toEqual({ ok: true, position: { kind: 'everyWords', words: 300 } });
    expect(readPosition('everyWords', '10')).toEqual({ ok: false, error: 'ads.errors.wordsRange' });
    expect(readPosition('afterParagraph', '1.5')).toEqual({ ok: false, error: 'ads.errors.wholeNumber' });
    expect(readPosition('sidebar', '')).toEqual({ ok: true, position: { kind: 'sidebar' } });
  });
});

describe('slot form', () => {
  it('round-trips every sample slot', () => {
    for (const slot of SAMPLE_SLOTS) {
      const read = formToSlot(slotToForm(slot), []);
      expect(read).toEqual({ ok: true, slot });
    }
  });

  it('reports each bad field', () => {
    const read = formToSlot({ ...emptySlotForm(), name: ' ', kind: 'everyParagraphs', number: '0', sizes: { standard: [], custom: '' }, label: 'x'.repeat(41) }, []);
    expect(read).toEqual({
      ok: false,
      errors: { name: 'ads.errors.nameRequired', number: 'ads.errors.paragraphRange', sizes: 'ads.errors.sizesRequired', label: 'ads.errors.labelTooLong' },
    });
  });
});

describe('campaign form', () => {
  it('round-trips every sample campaign through the site zone', () => {
    for (const c of SAMPLE_CAMPAIGNS) {
      const read = formToCampaign(campaignToForm(c, TZ), TZ, []);
      expect(read.ok && read.campaign.id).toBe(c.id);
      if (!read.ok) continue;
      expect(Date.parse(read.campaign.flightStart)).toBe(Date.parse(c.flightStart));
      // The form has minute precision.
      expect(Math.abs(Date.parse(read.campaign.flightEnd) - Date.parse(c.flightEnd))).toBeLessThan(60_000);
      expect(read.campaign.creative).toEqual(c.creative);
    }
  });

  it('stores a flight entered in Berlin time as UTC', () => {
    const form = { ...emptyCampaignForm(new Date('2026-06-01T00:00:00Z'), TZ), advertiser: 'Bäckerei', imageUrl: 'https://a.example/x.png', clickUrl: 'https://a.example', alt: 'Brot' };
    const read = formToCampaign({ ...form, startDate: '2026-07-01', startTime: '00:00', endDate: '2026-12-01', endTime: '12:00' }, TZ, []);
    expect(read.ok && [read.campaign.flightStart, read.campaign.flightEnd]).toEqual(['2026-06-30T22:00:00.000Z', '2026-12-01T11:00:00.000Z']);
  });

  it('requires what a campaign needs, the licence status for gambling among it', () => {
    const form = emptyCampaignForm(new Date('2026-06-01T00:00:00Z'), TZ);
    const read = formToCampaign({ ...form, category: 'poker', endDate: form.startDate, endTime: '00:00', priority: '101', weight: '0' }, TZ, []);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual({
      advertiser: 'ads.errors.advertiserRequired',
      imageUrl: 'ads.errors.imageRequired',
      clickUrl: 'ads.errors.urlInvalid',
      alt: 'ads.errors.altRequired',
      end: 'ads.errors.flightOrder',
      priority: 'ads.errors.priorityRange',
      weight: 'ads.errors.weightRange',
      licence: 'ads.errors.licenceRequired',
    });
    const html = formToCampaign({ ...form, advertiser: 'X', category: 'display', creativeKind: 'html', html: '' }, TZ, []);
    expect(!html.ok && html.errors).toEqual({ html: 'ads.errors.htmlRequired' });
  });
});

describe('per-article slot overrides', () => {
  const sidebar = SAMPLE_SLOTS.find((s) => s.id === 'sidebar')!;
  const end = SAMPLE_SLOTS.find((s) => s.id === 'end')!;

  it('switches a slot off, moves another, and keeps only real changes', () => {
    let o = withOverride([], sidebar, { enabled: false });
    expect(o).toEqual([{ slotId: 'sidebar', enabled: false }]);
    o = withOverride(o, end, { position: { kind: 'afterParagraph', paragraph: 2 } });
    expect(effectiveSlot(end, o)).toEqual({ enabled: true, position: { kind: 'afterParagraph', paragraph: 2 }, overridden: true });
    o = withOverride(o, sidebar, { enabled: true });
    expect(o).toEqual([{ slotId: 'end', position: { kind: 'afterParagraph', paragraph: 2 } }]);
    expect(withoutOverride(o, 'end')).toEqual([]);
  });
});

describe('placement rules form', () => {
  it('reads percentages and keeps the brand-safety rules', async () => {
    const { DEFAULT_AD_SETTINGS } = await import('../../../../core/ads/model');
    const { formToSettings, settingsToForm } = await import('../../../../renderer/src/ads/settings-form');
    const form = settingsToForm(DEFAULT_AD_SETTINGS);
    expect(form.maxMobileDensityPercent).toBe('30');
    const read = formToSettings({ ...form, maxMobileDensityPercent: '27,5', maxAdsPer1000Words: '4' }, DEFAULT_AD_SETTINGS);
    expect(read.ok && [read.settings.maxMobileDensity, read.settings.maxAdsPer1000Words, read.settings.brandSafety]).toEqual([0.275, 4, DEFAULT_AD_SETTINGS.brandSafety]);
    expect(formToSettings({ minParagraphsBetweenAds: '1.5', maxAdsPer1000Words: '', maxMobileDensityPercent: '120' }, DEFAULT_AD_SETTINGS)).toEqual({
      ok: false,
      errors: { minParagraphsBetweenAds: 'ads.errors.gapRange', maxAdsPer1000Words: 'ads.errors.per1000Range', maxMobileDensityPercent: 'ads.errors.densityRange' },
    });
  });
});
