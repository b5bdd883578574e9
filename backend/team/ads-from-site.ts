import { adConfigSchema, adSettingsSchema, adSlotSchema, campaignSchema, type AdConfig } from '../../core/ads/model';
import type { SiteAdItem } from '../../core/sync/reference-site-api';

const byKind = { slots: adSlotSchema, campaigns: campaignSchema } as const;

/**
 * The local ad configuration with the site's changed documents applied (the site is the truth:
 * a doc replaces the local one of its id, null deletes it). A document that does not pass core's
 * schema is skipped and reported through `skip`, never thrown.
 */
export function applySiteAds(config: AdConfig, items: readonly SiteAdItem[], skip: (item: SiteAdItem, why: string) => void): AdConfig {
  let next: AdConfig = { ...config };
  for (const item of items) {
    if (item.kind === 'settings') {
      if (item.doc === null) continue; // the one settings document is never deleted
      const parsed = adSettingsSchema.safeParse(item.doc);
      if (parsed.success) next = { ...next, settings: parsed.data };
      else skip(item, parsed.error.issues[0]?.message ?? 'invalid');
      continue;
    }
    const kind = item.kind;
    const list = next[kind] as Array<{ id: string }>;
    const rest = list.filter((x) => x.id !== item.id);
    if (item.doc === null) {
      next = { ...next, [kind]: rest };
      continue;
    }
    const parsed = byKind[kind].safeParse(item.doc);
    if (!parsed.success) skip(item, parsed.error.issues[0]?.message ?? 'invalid');
    else if (parsed.data.id !== item.id) skip(item, `its id is "${parsed.data.id}"`);
    else next = { ...next, [kind]: list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? parsed.data : x)) : [...list, parsed.data] };
  }
  // The whole must hold too (e.g. at most 100 slots); if not, the local copy stays as it was.
  const whole = adConfigSchema.safeParse(next);
  if (!whole.success) {
    items.forEach((i) => skip(i, 'the inventory as a whole would be invalid'));
    return config;
  }
  return whole.data;
}
