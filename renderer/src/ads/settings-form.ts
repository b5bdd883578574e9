import type { AdSettings } from '../../../core/ads/model';
import type { FieldErrors } from './form-helpers';

/** The site-wide placement rules as the form holds them (density in percent). */
export interface SettingsForm {
  minParagraphsBetweenAds: string;
  maxAdsPer1000Words: string;
  maxMobileDensityPercent: string;
}

export const settingsToForm = (s: AdSettings): SettingsForm => ({
  minParagraphsBetweenAds: String(s.minParagraphsBetweenAds),
  maxAdsPer1000Words: String(s.maxAdsPer1000Words),
  maxMobileDensityPercent: String(Math.round(s.maxMobileDensity * 1000) / 10),
});

const num = (text: string): number => (text.trim() === '' ? NaN : Number(text.replace(',', '.')));

/** The rules the form describes (brand-safety rules kept as they are), or an error per field. */
export function formToSettings(form: SettingsForm, current: AdSettings): { ok: true; settings: AdSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const gap = num(form.minParagraphsBetweenAds);
  if (!Number.isInteger(gap) || gap < 0 || gap > 50) errors.minParagraphsBetweenAds = 'ads.errors.gapRange';
  const per1000 = num(form.maxAdsPer1000Words);
  if (!Number.isFinite(per1000) || per1000 < 0 || per1000 > 20) errors.maxAdsPer1000Words = 'ads.errors.per1000Range';
  const density = num(form.maxMobileDensityPercent);
  if (!Number.isFinite(density) || density < 0 || density > 100) errors.maxMobileDensityPercent = 'ads.errors.densityRange';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, settings: { ...current, minParagraphsBetweenAds: gap, maxAdsPer1000Words: per1000, maxMobileDensity: Math.round(density * 10) / 1000 } };
}
