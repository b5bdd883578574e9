import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../core/contract/dispatch';
import { createDispatcher } from '../core/contract/dispatch';
import type { Backend, BackendOptions } from './backend-types';
import type { BackendDeps, BackendModule } from './backend-deps';
import { adsModule } from './ads/handlers';
import { appModule } from './app/handlers';
import { syncModule } from './sync/handlers';
import { workflowModule } from './workflow/handlers';
import { createAdConfigService } from './ads/ad-config-service';
import { articlesModule } from './articles/handlers';
import { createMediaStore } from './articles/media/media-store';
import { createArticleService } from './articles/article-service';
import { createSearchIndex } from './articles/search-index';
import { createSettingsService } from './app/settings-service';
import { createArticleStore } from './articles/store/json-article-store';

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

  const adConfig = await createAdConfigService(options.dataDir);
  // Late-bound: the sync module, created after the workflow module, knows whether a site is connected.
  let sitePublishes: () => Promise<boolean> = async () => false;
  const deps: BackendDeps = {
    options,
    dataDir: options.dataDir,
    now: options.now ?? (() => new Date()),
    store,
    articles,
    settings,
    media,
    adConfig,
    sitePublishesOnSchedule: () => sitePublishes(),
  };
  const sync = syncModule(deps);
  sitePublishes = sync.sitePublishesOnSchedule;
  // One module per contract domain (core/contract/calls/<domain>.ts), all of the same shape.
  const [app, articleCalls, ads, workflow] = [appModule(deps), articlesModule(deps), adsModule(deps), workflowModule(deps)];
  const modules: Array<Omit<BackendModule<never>, 'handlers'>> = [app, articleCalls, ads, workflow, sync];
  // Typed as Handlers: a call of the contract without a handler does not compile.
  const handlers: Handlers = { ...app.handlers, ...articleCalls.handlers, ...ads.handlers, ...workflow.handlers, ...sync.handlers };
  for (const m of modules) m.start?.();

  return {
    dispatch: createDispatcher(handlers, (name, err) => console.error(`[copydesk] ${name} failed:`, err)),
    mediaFile: (id) => media.file(id),
    close: async () => {
      for (const m of modules) await m.close?.();
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
