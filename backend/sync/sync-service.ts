import { randomUUID } from 'node:crypto';
import { isUnencryptedRemoteUrl } from '../../core/contract/calls/sync';
import { AppError } from '../../core/contract/result';
import type { MergeChoice } from '../../core/sync/merge';
import type { Role } from '../../core/workflow/index';
import type { SyncRoundSummary } from './engine/sync-engine';
import { contractErrorOf } from './sites/contract-error';
import type { SyncServiceDeps } from './sites/service-deps';
import { createSiteEngines, siteFiles } from './sites/site-engines';
import { normalizeUrl, openSitesFile, siteViewOf, type SiteRecord } from './sites/site-record';
import { addSummary, combinedStatus, emptySummary } from './sites/totals';
import { BUILT_IN_KIND, targetKind } from './targets/registry';
import type { SiteInput } from './targets/target-kind';
import { assertTransportAllowed } from './targets/transport-security';

export type { SyncHostOptions, SyncServiceDeps } from './sites/service-deps';
export type { SiteRecord } from './sites/site-record';
export type { SiteInput } from './targets/target-kind';

/**
 * The sites (sync targets) with their credentials sealed, and one sync engine per site. Kinds
 * of site are known only through the registry (targets/registry.ts); the one special site is
 * the built-in one, which acts with the token of the profile's role.
 */
export async function createSyncService(deps: SyncServiceDeps) {
  const doc = openSitesFile(deps.dataDir);
  let sites = (await doc.read()).sites;
  const engines = createSiteEngines(deps);
  const stamp = () => (deps.now?.() ?? new Date()).toISOString();

  async function save(next: SiteRecord[]): Promise<void> {
    await doc.write({ version: 1, sites: next });
    sites = next;
  }

  const siteView = (site: SiteRecord) => siteViewOf(site, engines.get(site.id)?.info());

  return {
    /** Registers (or refreshes) the embedded site as the default, with one token per role. */
    async useEmbeddedSite(embedded: { url: string; tokens: Record<Role, string> }): Promise<void> {
      const sealed = await deps.secretBox.seal(JSON.stringify(embedded.tokens));
      const current = sites.find((s) => s.builtIn);
      const record: SiteRecord = { id: current?.id ?? 'embedded', kind: BUILT_IN_KIND, url: embedded.url, user: 'Copydesk', role: await deps.profileRole(), sealed, builtIn: true, addedAt: current?.addedAt ?? stamp() };
      await engines.forget(record.id);
      await save([record, ...sites.filter((s) => !s.builtIn)]);
      await engines.engineFor(record);
    },

    async start(): Promise<void> {
      for (const site of sites) {
        try {
          await engines.start(site);
        } catch (err) {
          console.error(`[copydesk] starting sync with ${site.url} failed:`, err);
        }
      }
    },

    async list() {
      const role = await deps.profileRole();
      return sites.map((s) => ({ ...siteView(s), role: s.builtIn ? role : s.role }));
    },

    /**
     * Checks the address and credentials against the site, then stores them sealed. Plain http
     * off this machine is refused before anything is sent, unless the input allows it.
     */
    async add(input: SiteInput) {
      const url = normalizeUrl(input.url);
      assertTransportAllowed(input.kind, url, input.allowInsecureHttp);
      if (sites.some((s) => s.url === url)) throw new AppError('CONFLICT', 'This site is added already.');
      const { secret, user, options } = targetKind(input.kind).fromInput(input);
      const probe: SiteRecord = {
        id: randomUUID(),
        kind: input.kind,
        url,
        user,
        role: 'editor',
        sealed: '',
        builtIn: false,
        addedAt: stamp(),
        ...(input.allowInsecureHttp === true && isUnencryptedRemoteUrl(url) ? { allowInsecureHttp: true } : {}),
        ...(options !== undefined ? { [input.kind]: options } : {}),
      };
      let account: { name: string; role: Role };
      try {
        account = await engines.targetFor(probe, secret).whoAmI();
      } catch (err) {
        throw contractErrorOf(err);
      }
      const record: SiteRecord = { ...probe, user: probe.user || account.name, role: account.role, sealed: await deps.secretBox.seal(secret) };
      await save([...sites, record]);
      const engine = await engines.engineFor(record);
      void engine.syncNow().catch(() => {});
      return { ...siteView(record), connection: 'online' as const };
    },

    async remove(id: string): Promise<void> {
      const site = sites.find((s) => s.id === id);
      if (!site) throw new AppError('NOT_FOUND', 'There is no such site.');
      await engines.forget(id);
      await save(sites.filter((s) => s.id !== id));
      await siteFiles(deps, id).removeAll();
    },

    async syncNow(): Promise<SyncRoundSummary> {
      const total = emptySummary();
      for (const site of sites) {
        const engine = await engines.engineFor(site);
        await engine.flush();
        addSummary(total, await engine.syncNow());
      }
      return total;
    },

    /** Per article the worst state over all sites; plus the progress of running rounds. */
    status: () => combinedStatus(engines.all().map(([, engine]) => engine)),

    async conflicts() {
      const out: Array<{ id: string; siteId: string }> = [];
      for (const [siteId, engine] of engines.all()) for (const id of engine.conflictIds()) out.push({ id, siteId });
      return out;
    },

    async conflict(id: string) {
      for (const [siteId, engine] of engines.all()) {
        const view = await engine.conflict(id);
        if (view) return { ...view, siteId };
      }
      throw new AppError('NOT_FOUND', 'This article has no conflict.');
    },

    async resolve(id: string, choices: Record<string, MergeChoice>) {
      for (const [, engine] of engines.all()) {
        if (engine.conflictIds().includes(id)) {
          const saved = await engine.resolve(id, choices);
          void engine.syncNow().catch(() => {});
          return { rev: saved.rev };
        }
      }
      throw new AppError('NOT_FOUND', 'This article has no conflict.');
    },

    close: (): Promise<void> => engines.closeAll(),
  };
}
/** The sync service (see createSyncService). */
export type SyncService = Awaited<ReturnType<typeof createSyncService>>;
