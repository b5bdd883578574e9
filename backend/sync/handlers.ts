import { readFile } from 'node:fs/promises';
import type { syncCalls } from '../../core/contract/calls/sync';
import { AppError } from '../../core/contract/result';
import type { BackendDeps, BackendModule } from '../backend-deps';
import type { BackendOptions } from '../backend-types';
import { createFileSecretBox } from '../storage/key-file-box';
import { createSyncService, type SyncHostOptions, type SyncService } from './sync-service';
import type { SiteAccount } from '../../core/sync/reference-site-api';
import type { TeamChannel, TeamSink } from './team/team-port';

/** What the sync module offers besides its calls: the team channel, and where the team parts of the feed go. */
export interface SyncModuleTeam {
  /** The team channel; account() is null until the sync service is up. `refresh` re-reads the profile role and the accounts. */
  team: TeamChannel & { refresh(): Promise<SiteAccount | null> };
  /** Sets the sink of the team parts of the feed; call it before the modules start (later calls replace it). */
  useTeamSink(sink: TeamSink): void;
}

/** A sink that forwards to the one set last (the domain modules are made after this one). */
function forwardingSink(current: () => TeamSink): TeamSink {
  return {
    applyThreads: (siteId, items) => current().applyThreads(siteId, items),
    applyAds: (siteId, items) => current().applyAds(siteId, items),
    applyPresence: (siteId, items) => current().applyPresence(siteId, items),
    articleTaken: (siteId, before, after, by) => current().articleTaken(siteId, before, after, by),
    articleDeleted: (siteId, id, at, by) => current().articleDeleted(siteId, id, at, by),
    opRefused: (siteId, op, reason) => current().opRefused(siteId, op, reason),
  };
}

/**
 * sites.* and sync.* calls, plus the sync engine's background work and the team channel. A
 * host may pass `sync: SyncHostOptions` in its BackendOptions (the safeStorage box, the
 * embedded site); without it the web shell's 0600 file box is used and no default site exists.
 */
export function syncModule(deps: BackendDeps, options: { team?: TeamSink } = {}): BackendModule<keyof typeof syncCalls> & SyncModuleTeam & { sitePublishesOnSchedule(): Promise<boolean> } {
  const host = (deps.options as BackendOptions & { sync?: SyncHostOptions }).sync ?? {};
  // The team module's late-bound sink (BackendDeps.teamSink) unless one is given.
  let sink: TeamSink | undefined = options.team ?? (deps as Partial<BackendDeps>).teamSink;
  let service: Promise<SyncService> | null = null;
  let started: SyncService | null = null;
  const ready = () =>
    (service ??= createSyncService({
      ...(sink ? { team: forwardingSink(() => sink!) } : {}),
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
    }).then((svc) => (started = svc)));

  return {
    team: {
      // Sync, from what the service knows; it re-reads the profile role behind the answer, so a
      // demo switch shows at the next call (call refresh() to have it at once).
      account: () => {
        if (started) void started.rereadRole().catch(() => {});
        return started?.team.account() ?? null;
      },
      enqueue: async (op, by) => (await ready()).team.enqueue(op, by),
      presence: async (id, editing) => (await ready()).team.presence(id, editing),
      refresh: async () => (await ready()).team.refresh(),
    },
    useTeamSink(next) {
      sink = next;
    },
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
