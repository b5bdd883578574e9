import { isSafeImageSrc } from '../../../core/article/links';
import { campaignSchema, isGambling, type Campaign, type CampaignCategory, type LicenceStatus } from '../../../core/ads/model';
import { readZonedFields, toZonedFields } from '../preview/preview-time';
import { newConfigId, readSizes, sizesToFields, splitList, type FieldErrors, type SizeFields } from './form-helpers';

/** A campaign as its form holds it: text as typed, flight times in the site's zone. */
export interface CampaignForm {
  id: string | null;
  advertiser: string;
  category: CampaignCategory;
  creativeKind: 'image' | 'html';
  imageUrl: string;
  clickUrl: string;
  alt: string;
  html: string;
  sizes: SizeFields;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  targetSections: string;
  targetTags: string;
  excludedTags: string;
  priority: string;
  weight: string;
  /** '' until chosen; required for gambling categories. */
  licence: LicenceStatus | '';
}

export function emptyCampaignForm(now: Date, timeZone: string): CampaignForm {
  const start = toZonedFields(now, timeZone);
  const end = toZonedFields(new Date(now.getTime() + 30 * 86_400_000), timeZone);
  return {
    id: null,
    advertiser: '',
    category: 'display',
    creativeKind: 'image',
    imageUrl: '',
    clickUrl: '',
    alt: '',
    html: '',
    sizes: { standard: ['300x250'], custom: '' },
    startDate: start.date,
    startTime: '00:00',
    endDate: end.date,
    endTime: '23:59',
    targetSections: '',
    targetTags: '',
    excludedTags: '',
    priority: '5',
    weight: '1',
    licence: '',
  };
}

export function campaignToForm(c: Campaign, timeZone: string): CampaignForm {
  const start = toZonedFields(new Date(c.flightStart), timeZone);
  const end = toZonedFields(new Date(c.flightEnd), timeZone);
  return {
    id: c.id,
    advertiser: c.advertiser,
    category: c.category,
    creativeKind: c.creative.kind,
    imageUrl: c.creative.kind === 'image' ? c.creative.imageUrl : '',
    clickUrl: c.creative.kind === 'image' ? c.creative.clickUrl : '',
    alt: c.creative.kind === 'image' ? c.creative.alt : '',
    html: c.creative.kind === 'html' ? c.creative.html : '',
    sizes: sizesToFields(c.sizes),
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    targetSections: c.targetSections.join(', '),
    targetTags: c.targetTags.join(', '),
    excludedTags: c.excludedTags.join(', '),
    priority: String(c.priority),
    weight: String(c.weight),
    licence: isGambling(c.category) || c.licence !== 'unknown' ? c.licence : '',
  };
}

const isHttpUrl = (u: string) => /^https?:\/\/[^\s]+$/i.test(u.trim());

/** The campaign the form describes (flight converted to UTC), or an error per field (i18n keys). */
export function formToCampaign(form: CampaignForm, timeZone: string, takenIds: readonly string[]): { ok: true; campaign: Campaign } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const advertiser = form.advertiser.trim();
  if (!advertiser) errors.advertiser = 'ads.errors.advertiserRequired';
  if (form.creativeKind === 'image') {
    if (!isSafeImageSrc(form.imageUrl)) errors.imageUrl = 'ads.errors.imageRequired';
    if (!isHttpUrl(form.clickUrl)) errors.clickUrl = 'ads.errors.urlInvalid';
    if (!form.alt.trim()) errors.alt = 'ads.errors.altRequired';
  } else if (!form.html.trim()) errors.html = 'ads.errors.htmlRequired';
  const sizes = readSizes(form.sizes);
  if (!sizes.ok) errors.sizes = sizes.error;
  const start = readZonedFields({ date: form.startDate, time: form.startTime }, timeZone).at;
  const end = readZonedFields({ date: form.endDate, time: form.endTime }, timeZone).at;
  if (!start) errors.start = 'ads.errors.dateInvalid';
  if (!end) errors.end = 'ads.errors.dateInvalid';
  if (start && end && end.getTime() <= start.getTime()) errors.end = 'ads.errors.flightOrder';
  const priority = Number(form.priority);
  if (form.priority.trim() === '' || !Number.isInteger(priority) || priority < 0 || priority > 100) errors.priority = 'ads.errors.priorityRange';
  const weight = Number(form.weight);
  if (form.weight.trim() === '' || !Number.isFinite(weight) || weight <= 0 || weight > 1_000_000) errors.weight = 'ads.errors.weightRange';
  if (isGambling(form.category) && form.licence !== 'licensed' && form.licence !== 'unlicensed') errors.licence = 'ads.errors.licenceRequired';
  if (Object.keys(errors).length > 0 || !sizes.ok || !start || !end) return { ok: false, errors };

  const parsed = campaignSchema.safeParse({
    id: form.id ?? newConfigId(advertiser, takenIds, 'campaign'),
    advertiser,
    category: form.category,
    creative:
      form.creativeKind === 'image'
        ? { kind: 'image', imageUrl: form.imageUrl.trim(), clickUrl: form.clickUrl.trim(), alt: form.alt.trim() }
        : { kind: 'html', html: form.html },
    sizes: sizes.sizes,
    flightStart: start.toISOString(),
    flightEnd: end.toISOString(),
    targetSections: splitList(form.targetSections),
    targetTags: splitList(form.targetTags),
    excludedTags: splitList(form.excludedTags),
    priority,
    weight,
    licence: form.licence || 'unknown',
  });
  if (!parsed.success) {
    // Lengths and list sizes the form does not check itself: name the field the schema names.
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form');
      const field = key === 'creative' ? String(issue.path[1] ?? 'html') : key === 'flightStart' ? 'start' : key === 'flightEnd' ? 'end' : key;
      errors[field] = 'ads.errors.invalid';
    }
    return { ok: false, errors };
  }
  return { ok: true, campaign: parsed.data };
}
