import path from 'node:path';
import { adConfigSchema, type AdConfig } from '../../core/ads/model';
import { SAMPLE_AD_CONFIG } from '../../core/ads/samples';
import { createJsonDocument } from '../storage/json-document';
import { KeyedLock } from '../storage/keyed-lock';

/**
 * The ad inventory, campaigns and placement settings in <dataDir>/ads.json. A new data
 * directory starts with the sample inventory of the real page (house ad on top, casino and
 * sports-betting brands further down), so the preview shows ads from the first article on.
 */
export async function createAdConfigService(dataDir: string) {
  const doc = createJsonDocument({ file: path.join(dataDir, 'ads.json'), schema: adConfigSchema, defaults: SAMPLE_AD_CONFIG });
  let current = await doc.read();
  // One change at a time: two quick saves must not both start from the same old config.
  const changes = new KeyedLock();
  const set = async (next: AdConfig): Promise<AdConfig> => {
    const parsed = adConfigSchema.parse(next);
    await doc.write(parsed);
    current = parsed;
    return current;
  };
  return {
    get: async (): Promise<AdConfig> => current,
    /** Validates and stores the whole configuration. */
    set: (next: AdConfig): Promise<AdConfig> => changes.run('ads', () => set(next)),
    /** Applies `edit` to the current configuration after every earlier change; `edit` may throw to abort. */
    update: (edit: (config: AdConfig) => AdConfig): Promise<AdConfig> => changes.run('ads', () => set(edit(current))),
  };
}

export type AdConfigService = Awaited<ReturnType<typeof createAdConfigService>>;
