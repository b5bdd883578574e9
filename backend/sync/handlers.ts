import { readFile } from 'node:fs/promises';
import type { syncCalls } from '../../core/contract/calls/sync';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';
import type { BackendOptions } from '../backend-types';
import { createFileSecretBox } from '../storage/key-file-box';
import { createSyncService, type SyncHostOptions, type SyncService } from './sync-service';

/**
 * sites.* and sync.* calls, plus the sync engine's background work. A host may pass
 * `sync: SyncHostOptions` in its BackendOptions (the safeStorage box, the embedded site);
 * without it the web shell's 0600 file box is used and no default site exists.
 */
export function syncModule(deps: BackendDeps): BackendModule<keyof typeof syncCalls> & { sitePublishesOnSchedule(): Promise<boolean> } {
  const host = (deps.options as BackendOptions & { sync?: SyncHostOptions }).sync ?? {};
  let service: Promise<SyncService> | null = null;
  const ready = () =>
    (service ??= createSyncService({
      dataDir: deps.dataDir,
      store: deps.store,
      articles: deps.articles,
      secretBox: host.secretBox ?? createFileSecretBox(deps.dataDir),
      profileRole: async () => (await deps.settings.get()).profile.role,
      now: deps.now,
      loadMedia: async (mediaId) => {
        const file = await deps.media.file(mediaId);
        return file ? { bytes: await readFile(file.path), mime: file.mime } : null;
      },
    }));

  return {
    sitePublishesOnSchedule: async () => (await (await ready()).list()).length > 0,
    handlers: {
      'sites.list': async () => (await ready()).list(),
      'sites.add': async (input) => (await ready()).add(input),
      'sites.remove': async ({ id }) => {
        const svc = await ready();
        if ((await svc.list()).some((s) => s.id === id && s.builtIn)) throw new AppError('FORBIDDEN', 'The built-in site starts with the app and cannot be removed.');
        await svc.remove(id);
        return { id };
      },
      'sync.now': async () => (await ready()).syncNow(),
      'sync.status': async () => {
        const svc = await ready();
        const status = svc.status();
        return { ...status, conflicts: (await svc.conflicts()).map((c) => c.id) };
      },
      'sync.conflict': async ({ id }) => {
        const view = await (await ready()).conflict(id);
        return { id: view.id, siteId: view.siteId, base: view.base, local: view.local, remote: view.remote, conflicts: view.conflicts as never };
      },
      'sync.resolve': async ({ id, choices }) => (await ready()).resolve(id, choices),
    },
    start() {
      void ready()
        .then(async (svc) => {
          if (host.embeddedSite) await svc.useEmbeddedSite(host.embeddedSite);
          await svc.start();
        })
        .catch((err: unknown) => console.error('[copydesk] starting sync failed:', err));
    },
    async close() {
      if (service) await (await service).close();
    },
  };
}
