import type { appCalls } from '../../core/contract/calls/app';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';
import { isSafeExternalUrl } from './external-url';

/** app.*, settings.* and shell.* calls. */
export function appModule({ options, settings }: BackendDeps): BackendModule<keyof typeof appCalls> {
  return {
    handlers: {
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
      'app.openPreviewWindow': async ({ articleId }) => ({ opened: (await options.openPreviewWindow?.(articleId)) ?? false }),
    },
  };
}
