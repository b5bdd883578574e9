import { adSlotSchema, campaignSchema, type AdSlot, type Campaign } from '../../core/ads/index';
import type { SiteExecutor } from '../db/schema';
import { listAdDocuments } from './store';

/** The stored inventory and campaigns; documents that no longer parse are left out, not fatal. */
export async function loadAdInventory(db: SiteExecutor): Promise<{ slots: AdSlot[]; campaigns: Campaign[] }> {
  const [rawSlots, rawCampaigns] = await Promise.all([listAdDocuments(db, 'slots'), listAdDocuments(db, 'campaigns')]);
  const slots = rawSlots.flatMap((d) => {
    const p = adSlotSchema.safeParse(d);
    return p.success ? [p.data] : [];
  });
  const campaigns = rawCampaigns.flatMap((d) => {
    const p = campaignSchema.safeParse(d);
    return p.success ? [p.data] : [];
  });
  return { slots, campaigns };
}
