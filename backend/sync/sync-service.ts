import { randomUUID } from 'node:crypto';
import { isUnencryptedRemoteUrl } from '../../core/contract/calls/sync';
import { AppError } from '../../core/contract/result';
import type { MergeChoice } from '../../core/sync/merge';
import type { SiteAccount } from '../../core/sync/reference-site-api';
import type { Role } from '../../core/workflow/index';
import type { SyncRoundSummary } from './engine/sync-engine';
import { contractErrorOf } from './sites/contract-error';
import type { SyncServiceDeps } from './sites/service-deps';
import { accountOfTarget, demoAccountsOf, refreshedAccounts } from './sites/site-accounts';
import { createSiteEngines, siteFiles } from './sites/site-engines';
import { accountOf, normalizeUrl, openSitesFile, siteViewOf, type SiteRecord } from './sites/site-record';
import { createTeamChannel } from './team/team-channel';
import { addSummary, combinedStatus, emptySummary } from './sites/totals';
import { BUILT_IN_KIND, targetKind } from './targets/registry';
import type { SiteInput } from './targets/target-kind';
import { assertTransportAllowed } from './targets/transport-security';

export type { SyncHostOptions, SyncServiceDeps } from './sites/service-deps';
export type { SiteRecord } from './sites/site-record';
export type { SiteInput } from './targets/target-kind';

/**
 * The sites (sync targets) with their credentials sealed and the account each acts as (GET
 * /me), one sync engine per site, and the team channel. Kinds of site are known only through
 * the registry (targets/registry.ts); the one special site is the built-in one, which acts
 * with the token of the profile's role: its demo account of that role.
 */
export async function createSyncService(deps: SyncServiceDeps) {
  const doc = openSitesFile(deps.dataDir);
  let sites = (await doc.read()).sites;
  // The profile's role as last read: every request of the built-in site reads it (its token
  // follows it), so account() can answer at once.
  let profileRole: Role = await deps.profileRole();
  const readRole = async (): Promise<Role> => (profileRole = await deps.profileRole());
  const engines = createSiteEngines({ ...deps, profileRole: readRole });
  const stamp = () => (deps.now?.() ?? new Date()).toISOString();

  async function save(next: SiteRecord[]): Promise<void> {
    await doc.write({ version: 1, sites: next });
    sites = next;
  }

  const siteView = (site: SiteRecord) => siteViewOf(site, engines.get(site.id)?.info(), profileRole);
  const firstAccount = (): SiteAccount | null => sites.map((s) => accountOf(s, profileRole)).find((a) => a !== null) ?? null;

  /** Asks the sites who their accounts are now (see refreshedAccounts); stores what changed. */
  async function refreshAccounts(): Promise<void> {
    const next = await refreshedAccounts(sites, { engines, secretBox: deps.secretBox });
    if (next !== sites) await save(next);
  }

  const team = createTeamChannel({
    account: firstAccount,
    now: () => deps.now?.() ?? new Date(),
    engines: async () => Promise.all(sites.map((s) => engines.engineFor(s))),
    async refresh() {
      await readRole();
      await refreshAccounts().catch((err: unknown) => console.warn('[copydesk] refreshing the accounts failed:', err));
      return firstAccount();
    },
  });

  return {
    /** The team channel (TeamChannel): the account, team ops, presence. */
    team,
    /** Re-reads the profile role (the built-in site's acting demo account follows it). */
    rereadRole: readRole,
    /** Registers (or refreshes) the embedded site as the default, with one token per role and its demo team. */
    async useEmbeddedSite(embedded: { url: string; tokens: Record<Role, string> }): Promise<void> {
      const sealed = await deps.secretBox.seal(JSON.stringify(embedded.tokens));
      const current = sites.find((s) => s.builtIn);
      const base: SiteRecord = { id: current?.id ?? 'embedded', kind: BUILT_IN_KIND, url: embedded.url, user: 'Copydesk', role: await readRole(), sealed, builtIn: true, addedAt: current?.addedAt ?? stamp(), demoAccounts: current?.demoAccounts };
      const record: SiteRecord = { ...base, demoAccounts: await demoAccountsOf(base, embedded.tokens, (s, secret) => engines.targetFor(s, secret)) };
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
      void refreshAccounts().catch((err: unknown) => console.warn('[copydesk] refreshing the accounts failed:', err));
    },

    /** The sites with the account each acts as: the person's display name as `user`, and their role. */
    async list() {
      await readRole();
      return sites.map(siteView);
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
      let account: SiteAccount;
      try {
        account = await accountOfTarget(engines.targetFor(probe, secret));
      } catch (err) {
        throw contractErrorOf(err);
      }
      const record: SiteRecord = { ...probe, user: probe.user || account.name, role: account.role, account, sealed: await deps.secretBox.seal(secret) };
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
