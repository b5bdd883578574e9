import { adSizeSchema, STANDARD_AD_SIZES } from '../../../core/ads/model';
import { slugify } from '../../../core/article/slug';

/** Field name → i18n key of its error. */
export type FieldErrors = Record<string, string>;

/** A readable, unique id for a new slot or campaign, derived from its name. */
export function newConfigId(name: string, taken: readonly string[], fallback: string): string {
  const base = (slugify(name).slice(0, 48).replace(/-+$/, '') || fallback).slice(0, 48);
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}

/** Splits "a, b, c" into trimmed, non-empty, distinct items. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

export interface SizeFields {
  /** Checked standard sizes. */
  standard: string[];
  /** Custom sizes as typed: "WxH", comma-separated. */
  custom: string;
}

export const sizesToFields = (sizes: readonly string[]): SizeFields => ({
  standard: sizes.filter((s) => (STANDARD_AD_SIZES as readonly string[]).includes(s)),
  custom: sizes.filter((s) => !(STANDARD_AD_SIZES as readonly string[]).includes(s)).join(', '),
});

/** The sizes the fields describe, or the key of the error to show. */
export function readSizes(fields: SizeFields): { ok: true; sizes: string[] } | { ok: false; error: string } {
  const custom = splitList(fields.custom.replace(/\s*[×xX]\s*/g, 'x'));
  if (custom.some((s) => !adSizeSchema.safeParse(s).success)) return { ok: false, error: 'ads.errors.customSize' };
  // In the order chosen: the first size is the slot's preferred one.
  const sizes = [...new Set([...fields.standard.filter((s) => (STANDARD_AD_SIZES as readonly string[]).includes(s)), ...custom])];
  if (sizes.length === 0) return { ok: false, error: 'ads.errors.sizesRequired' };
  if (sizes.length > 10) return { ok: false, error: 'ads.errors.tooManySizes' };
  return { ok: true, sizes };
}
