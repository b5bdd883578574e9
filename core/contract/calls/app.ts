import { z } from 'zod';
import { languageSchema } from '../../article/article';
import { idSchema } from '../../article/primitives';
import { call, noArgs as none } from '../call-spec';
import { roleSchema } from '../../workflow/roles';

export const uiLanguageSchema = z.enum(['system', 'de', 'en']);
export const settingsSchema = z.object({
  uiLanguage: uiLanguageSchema,
  siteTimeZone: z.string().min(1).max(64),
  defaultLanguage: languageSchema,
  profile: z.object({ name: z.string().max(100), role: roleSchema }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** App information, settings and the way out to the system browser. */
export const appCalls = {
  'app.info': call({
    doc: 'Version, host kind and language hints for the UI.',
    args: none,
    result: z.object({
      version: z.string(),
      host: z.enum(['electron', 'web']),
      dataDir: z.string(),
      forcedLanguage: languageSchema.nullable(),
      systemLanguage: z.string(),
    }),
    errors: [],
  }),
  'settings.get': call({ doc: 'The user settings.', args: none, result: settingsSchema, errors: ['STORAGE_FAILED'] }),
  'settings.update': call({
    doc: 'Changes some settings and returns all of them.',
    args: settingsSchema.partial().strict(),
    result: settingsSchema,
    errors: ['INVALID_ARGUMENT', 'STORAGE_FAILED'],
  }),
  'shell.openExternal': call({
    doc: 'Opens an http(s) or mailto link in the system browser.',
    args: z.object({ url: z.string().max(2048) }).strict(),
    result: z.object({ opened: z.boolean() }),
    errors: ['INVALID_ARGUMENT'],
  }),
  'app.openPreviewWindow': call({
    doc: 'Opens (or brings up) the separate preview window of an article, which follows the draft live (desktop app; the web shell opens a tab instead).',
    args: z.object({ articleId: idSchema }).strict(),
    result: z.object({ opened: z.boolean() }),
    errors: ['INVALID_ARGUMENT'],
  }),
} as const;
