import path from 'node:path';
import { settingsSchema, type Settings } from '../../core/contract/contract';
import { createJsonDocument } from '../storage/json-document';

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'system',
  siteTimeZone: 'Europe/Berlin',
  defaultLanguage: 'de',
  profile: { name: '', role: 'editor' },
};

/** User settings in <dataDir>/settings.json; a damaged file is set aside and defaults apply. */
export async function createSettingsService(dataDir: string) {
  const doc = createJsonDocument({ file: path.join(dataDir, 'settings.json'), schema: settingsSchema, defaults: DEFAULT_SETTINGS });
  let current = await doc.read();
  return {
    get: async (): Promise<Settings> => current,
    update: async (changes: Partial<Settings>): Promise<Settings> => {
      const next = settingsSchema.parse({ ...current, ...changes });
      await doc.write(next);
      current = next;
      return current;
    },
  };
}

export type SettingsService = Awaited<ReturnType<typeof createSettingsService>>;
