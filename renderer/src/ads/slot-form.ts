import { adSlotSchema, type AdSlot, type CampaignCategory } from '../../../core/ads/model';
import { newConfigId, readSizes, sizesToFields, type FieldErrors, type SizeFields } from './form-helpers';
import { positionNumber, readPosition, type PositionKind } from './position-rule';

/** An ad slot as its form holds it: text as typed. */
export interface SlotForm {
  id: string | null;
  name: string;
  kind: PositionKind;
  number: string;
  sizes: SizeFields;
  label: string;
  enabled: boolean;
  allowedCategories: CampaignCategory[];
}

export const emptySlotForm = (): SlotForm => ({
  id: null,
  name: '',
  kind: 'afterParagraph',
  number: '2',
  sizes: { standard: ['300x250'], custom: '' },
  label: '',
  enabled: true,
  allowedCategories: [],
});

export const slotToForm = (slot: AdSlot): SlotForm => ({
  id: slot.id,
  name: slot.name,
  kind: slot.position.kind,
  number: positionNumber(slot.position),
  sizes: sizesToFields(slot.sizes),
  label: slot.label,
  enabled: slot.enabled,
  allowedCategories: [...slot.allowedCategories],
});

/** The slot the form describes, or an error per field (i18n keys). */
export function formToSlot(form: SlotForm, takenIds: readonly string[]): { ok: true; slot: AdSlot } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'ads.errors.nameRequired';
  else if (name.length > 100) errors.name = 'ads.errors.tooLong';
  const position = readPosition(form.kind, form.number);
  if (!position.ok) errors.number = position.error;
  const sizes = readSizes(form.sizes);
  if (!sizes.ok) errors.sizes = sizes.error;
  if (form.label.trim().length > 40) errors.label = 'ads.errors.labelTooLong';
  if (Object.keys(errors).length > 0 || !position.ok || !sizes.ok) return { ok: false, errors };
  const slot = adSlotSchema.parse({
    id: form.id ?? newConfigId(name, takenIds, 'slot'),
    name,
    position: position.position,
    sizes: sizes.sizes,
    label: form.label.trim(),
    enabled: form.enabled,
    allowedCategories: form.allowedCategories,
  });
  return { ok: true, slot };
}
