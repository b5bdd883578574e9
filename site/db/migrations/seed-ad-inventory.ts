import { sql, type Kysely } from 'kysely';
import { SAMPLE_AD_CONFIG } from '../../../core/ads/index';

type Db = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists

/**
 * Stores core's sample inventory (SAMPLE_AD_CONFIG: the one a new app starts with) as the site's
 * slots, campaigns and settings document, each with its own feed position.
 */
export async function seedAdInventory(db: Db): Promise<void> {
  const now = new Date().toISOString();
  const docs = [
    ...SAMPLE_AD_CONFIG.slots.map((slot) => ({ kind: 'slots', id: slot.id, doc: slot as unknown })),
    ...SAMPLE_AD_CONFIG.campaigns.map((campaign) => ({ kind: 'campaigns', id: campaign.id, doc: campaign as unknown })),
    { kind: 'settings', id: 'default', doc: SAMPLE_AD_CONFIG.settings as unknown },
  ];
  for (const { kind, id, doc } of docs) {
    const seq = await db.updateTable('site_counters').set({ value: sql`value + 1` }).where('name', '=', 'change_seq').returning('value').executeTakeFirstOrThrow();
    await db.insertInto('site_ad_documents').values({ kind, id, doc: JSON.stringify(doc), updated_at: now, change_seq: seq.value, deleted_at: null }).execute();
  }
}
