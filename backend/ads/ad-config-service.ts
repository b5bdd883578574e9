import path from 'node:path';
import { adConfigSchema, type AdConfig } from '../../core/ads/model';
import { SAMPLE_AD_CONFIG } from '../../core/ads/samples';
import { createJsonDocument } from '../storage/json-document';

/**
 * The ad inventory, campaigns and placement settings in <dataDir>/ads.json. A new data
 * directory starts with the sample inventory of the real page (house ad on top, casino and
 * sports-betting brands further down), so the preview shows ads from the first article on.
 */
export async function createAdConfigService(dataDir: string) {
  const doc = createJsonDocument({ file: path.join(dataDir, 'ads.json'), schema: adConfigSchema, defaults: SAMPLE_AD_CONFIG });
  let current = await doc.read();
  return {
    get: async (): Promise<AdConfig> => current,
    /** Validates and stores the whole configuration. */
    set: async (next: AdConfig): Promise<AdConfig> => {
      const parsed = adConfigSchema.parse(next);
      await doc.write(parsed);
      current = parsed;
      return current;
    },
  };
}

export type AdConfigService = Awaited<ReturnType<typeof createAdConfigService>>;
