import type { appCalls } from '../../core/contract/calls/app';
import type { Handlers } from '../../core/contract/dispatch';
import { AppError } from '../../core/contract/result';
import type { BackendOptions } from '../backend-types';
import { isSafeExternalUrl } from './external-url';
import type { SettingsService } from './settings-service';

/** app.*, settings.* and shell.* calls. */
export function appHandlers(options: BackendOptions, settings: SettingsService): Pick<Handlers, keyof typeof appCalls> {
  return {
    'app.info': async () => ({
      version: options.version,
      host: options.host,
      dataDir: options.dataDir,
      forcedLanguage: options.forcedLanguage,
      systemLanguage: options.systemLanguage,
    }),
    'settings.get': async () => settings.get(),
    'settings.update': async (changes) => settings.update(changes),
    'shell.openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) throw new AppError('INVALID_ARGUMENT', 'Only http, https and mailto links can be opened.');
      return { opened: await options.openExternal(url) };
    },
  };
}
