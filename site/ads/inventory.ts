import { adSettingsSchema, adSlotSchema, campaignSchema, DEFAULT_AD_SETTINGS, type AdConfig } from '../../core/ads/index';
import type { SiteExecutor } from '../db/schema';
import { listAdDocuments } from './store';

const parsed = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, docs: unknown[]): T[] =>
  docs.flatMap((d) => {
    const p = schema.safeParse(d);
    return p.success ? [p.data] : [];
  });

/**
 * The stored slots, campaigns and settings (core's AdConfig, as the preview places with);
 * documents that no longer parse are left out, not fatal, and settings that do not fall back
 * to core's defaults.
 */
export async function loadAdInventory(db: SiteExecutor): Promise<AdConfig> {
  const [rawSlots, rawCampaigns, rawSettings] = await Promise.all([listAdDocuments(db, 'slots'), listAdDocuments(db, 'campaigns'), listAdDocuments(db, 'settings')]);
  return {
    slots: parsed(adSlotSchema, rawSlots),
    campaigns: parsed(campaignSchema, rawCampaigns),
    settings: parsed(adSettingsSchema, rawSettings)[0] ?? DEFAULT_AD_SETTINGS,
  };
}
