import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../core/contract/dispatch';
import { createDispatcher } from '../../core/contract/dispatch';
import { AppError } from '../../core/contract/result';
import type { Backend, BackendOptions } from './backend-types';
import { createMediaStore } from './media/media-store';
import { createArticleService } from './services/article-service';
import { createSearchIndex } from './services/search-index';
import { createSettingsService } from './services/settings-service';
import { isExternalUrlAllowed } from './services/external-url';
import { createArticleStore } from './store/json-article-store';

/**
 * Wires the services behind the contract. Both hosts call this: the Electron main process and
 * the web shell. Nothing here imports electron; host-specific powers arrive through `options`.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const store = createArticleStore({ dataDir: options.dataDir, now: options.now });
  await store.open();
  const search = createSearchIndex();
  // The index fills in the background so that a large store opens at once; searches wait for it.
  const searchReady = search.buildFrom(store.iterate(), { yieldEvery: 200 }).catch((err: unknown) => {
    console.error('[copydesk] building the search index failed:', err);
  });
  const waitingSearch = {
    ...search,
    search: async (query: string, opts?: { limit?: number }) => {
      await searchReady;
      return search.search(query, opts);
    },
  };
  const articles = createArticleService(store, waitingSearch);
  const settings = await createSettingsService(options.dataDir);
  const media = createMediaStore(options.dataDir);

  const handlers: Handlers = {
    'app.info': async () => ({
      version: options.version,
      host: options.host,
      dataDir: options.dataDir,
      forcedLanguage: options.forcedLanguage,
      systemLanguage: options.systemLanguage,
    }),
    'settings.get': async () => settings.get(),
    'settings.update': async (changes) => settings.update(changes),
    'articles.list': (q) => articles.list(q),
    'articles.get': ({ id }) => articles.get(id),
    'articles.create': async (args) => articles.create(args.language ?? (await settings.get()).defaultLanguage, args.section),
    'articles.save': async ({ id, baseRev, changes }) => {
      const saved = await articles.save(id, baseRev, changes);
      return { rev: saved.rev, updatedAt: saved.updatedAt, slug: saved.slug };
    },
    'articles.delete': async ({ id }) => {
      await articles.delete(id);
      return { id };
    },
    'articles.damaged': async () => store.damaged(),
    'articles.restoreBackup': ({ id }) => articles.restoreBackup(id),
    'tags.list': async () => articles.tags(),
    'tags.rename': async ({ from, to }) => {
      if (!articles.tags().some((t) => t.name.toLocaleLowerCase('de') === from.toLocaleLowerCase('de'))) {
        throw new AppError('NOT_FOUND', `No article carries the tag "${from}".`);
      }
      return articles.mergeTags([from], to);
    },
    'tags.merge': ({ sources, into }) => articles.mergeTags(sources, into),
    'sections.list': async () => articles.sections(),
    'media.put': ({ dataBase64 }) => media.put(dataBase64),
    'shell.openExternal': async ({ url }) => {
      if (!isExternalUrlAllowed(url)) throw new AppError('INVALID_ARGUMENT', 'Only http, https and mailto links can be opened.');
      return { opened: await options.openExternal(url) };
    },
  };

  return {
    dispatch: createDispatcher(handlers, (name, err) => console.error(`[copydesk] ${name} failed:`, err)),
    mediaFile: (id) => media.file(id),
    close: async () => {
      await searchReady;
      await store.close();
    },
  };
}

/** The app's version from package.json, for app.info. */
export function readAppVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
