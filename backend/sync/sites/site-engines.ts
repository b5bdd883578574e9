import path from 'node:path';
import { z } from 'zod';
import { createJsonDocument } from '../../storage/json-document';
import type { SyncTarget } from '../../../core/sync/sync-target';
import { sendingAs } from '../engine/sending-as';
import type { Role } from '../../../core/workflow/index';
import { createSyncEngine, type SyncEngine } from '../engine/sync-engine';
import { createSyncFiles } from '../sync-files';
import { targetKind } from '../targets/registry';
import type { Secret, TargetDeps } from '../targets/target-kind';
import type { SyncServiceDeps } from './service-deps';
import { targetSiteOf, type SiteRecord } from './site-record';

/** What a site's target keeps of its own (WordPress: the media mapping): <dataDir>/sync/<siteId>/target-state.json. */
const targetStateOf = (deps: SyncServiceDeps, siteId: string) =>
  createJsonDocument<unknown>({ file: path.join(deps.dataDir, 'sync', siteId, 'target-state.json'), schema: z.unknown(), defaults: null });

/** The sync files of a site: <dataDir>/sync/<siteId>/. */
export const siteFiles = (deps: SyncServiceDeps, siteId: string) => createSyncFiles(path.join(deps.dataDir, 'sync', siteId));

/**
 * One sync engine per site, each over the target its kind builds. Engines made after start()
 * start at once.
 */
export function createSiteEngines(deps: SyncServiceDeps) {
  const engines = new Map<string, { engine: SyncEngine; target: SyncTarget }>();
  /** Engines already started: a second start would add a second store listener and timer. */
  const running = new WeakSet<SyncEngine>();
  let started = false;

  async function startOnce(engine: SyncEngine): Promise<SyncEngine> {
    if (!running.has(engine)) {
      running.add(engine);
      await engine.start();
    }
    return engine;
  }

  const targetDeps = (): TargetDeps => ({ fetch: deps.engineOptions?.fetch, timeoutMs: deps.engineOptions?.timeoutMs, loadMedia: deps.loadMedia });

  /** The opened credentials; for the built-in site the token of the role whose op is being sent, else of the profile's current role. */
  async function credentials(site: SiteRecord): Promise<string> {
    const opened = await deps.secretBox.open(site.sealed);
    if (!site.builtIn) return opened;
    const tokens = JSON.parse(opened) as Record<Role, string>;
    return tokens[sendingAs.getStore() ?? (await deps.profileRole())];
  }

  /** The target of a site, with the secret given (the check of "add site"). */
  const targetFor = (site: SiteRecord, secret: Secret): SyncTarget => targetKind(site.kind).createTarget(targetSiteOf(site), secret, targetDeps());

  async function engineFor(site: SiteRecord): Promise<SyncEngine> {
    const existing = engines.get(site.id);
    if (existing) return existing.engine;
    const kind = targetKind(site.kind);
    const state = targetStateOf(deps, site.id);
    const savedState = await state.read();
    // The engine is made right below; the target asks it for bases only once it syncs.
    let engine: SyncEngine | null = null;
    const syncedBase = (articleId: string) => engine?.syncedBase(articleId) ?? Promise.resolve(null);
    const saveState = (value: unknown) => void state.write(value).catch((err: unknown) => console.error(`[copydesk] keeping the state of ${site.url} failed:`, err));
    const siteDeps: TargetDeps = { ...targetDeps(), syncedBase, savedState, saveState };
    const target = kind.createTarget(targetSiteOf(site), kind.secretPerRequest ? () => credentials(site) : await credentials(site), siteDeps);
    // Another call made this site's engine while we waited: one engine per site.
    const raced = engines.get(site.id);
    if (raced) return started ? startOnce(raced.engine) : raced.engine;
    const o = deps.engineOptions ?? {};
    engine = createSyncEngine({
      target,
      store: deps.store,
      articles: deps.articles,
      files: siteFiles(deps, site.id),
      ...(kind.uploadsMediaBeforePush && deps.loadMedia ? { loadMedia: deps.loadMedia } : {}),
      debounceMs: o.debounceMs,
      tickMs: o.tickMs,
      pullEveryMs: o.pullEveryMs,
      team: { siteId: site.id, ...(deps.team ? { sink: deps.team } : {}) },
    });
    engines.set(site.id, { engine, target });
    return started ? startOnce(engine) : engine;
  }

  return {
    engineFor,
    targetFor,
    /** The engine of a site, when it has one yet. */
    get: (siteId: string): SyncEngine | undefined => engines.get(siteId)?.engine,
    /** Every engine by site id. */
    all: (): Array<[string, SyncEngine]> => [...engines].map(([id, e]) => [id, e.engine]),
    /** Closes and forgets a site's engine (the next engineFor makes a new one). */
    async forget(siteId: string): Promise<void> {
      const entry = engines.get(siteId);
      engines.delete(siteId);
      await entry?.engine.close();
    },
    /** Starts the engine of a site (once), and from now on new engines start at once. */
    async start(site: SiteRecord): Promise<SyncEngine> {
      started = true;
      return startOnce(await engineFor(site));
    },
    async closeAll(): Promise<void> {
      for (const { engine } of engines.values()) await engine.close();
      engines.clear();
    },
  };
}
