import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../core/contract/result';
import type { MergeChoice } from '../../core/sync/merge';
import { SyncFailure, type SyncTarget } from '../../core/sync/sync-target';
import type { Role } from '../../core/workflow/index';
import type { SecretBox } from '../storage/secret-box';
import type { ArticleStore } from '../articles/store/article-store';
import { createJsonDocument } from '../storage/json-document';
import { wordpressSiteOptionsSchema, type WordPressSiteOptions } from '../../core/contract/calls/sync';
import { createReferenceSiteTarget } from './targets/reference-site/reference-site-target';
import { createSyncEngine, type FieldSaver, type SyncEngine, type SyncRoundSummary } from './sync-engine';
import { createSyncFiles } from './sync-state';
import { createWordPressTarget } from './targets/wordpress/wordpress-target';
import { roleSchema } from '../../core/workflow/roles';

/** What a host hands the sync domain (see README: the embedded site and the secret box). */
export interface SyncHostOptions {
  /** Electron: the safeStorage box; the web shell: the 0600 file box (the default). */
  secretBox?: SecretBox;
  /** The embedded reference site, registered as the default site. */
  embeddedSite?: { url: string; tokens: Record<Role, string> };
}

const siteRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(['reference-site', 'wordpress']),
  url: z.string(),
  /** WordPress user name; the account name for the reference site. */
  user: z.string(),
  role: roleSchema,
  /** The sealed credentials: a token, an application password, or (embedded site) JSON of one token per role. */
  sealed: z.string(),
  builtIn: z.boolean(),
  addedAt: z.string(),
  /** WordPress only: ad marker style and what unpublished articles become. */
  wordpress: wordpressSiteOptionsSchema.optional(),
});
export type SiteRecord = z.infer<typeof siteRecordSchema>;
const sitesFileSchema = z.object({ version: z.literal(1), sites: z.array(siteRecordSchema) });

export type SiteInput =
  | { kind: 'reference-site'; url: string; token: string }
  | { kind: 'wordpress'; url: string; user: string; appPassword: string; options?: WordPressSiteOptions };

export interface SyncServiceDeps {
  dataDir: string;
  store: ArticleStore;
  articles: FieldSaver;
  secretBox: SecretBox;
  /** The Settings profile's role: the embedded site acts with the token of this role. */
  profileRole: () => Promise<Role>;
  now?: () => Date;
  /** The bytes of a local image (media store), so pushes can upload the images an article uses. */
  loadMedia?: (mediaId: string) => Promise<{ bytes: Uint8Array; mime: string } | null>;
  engineOptions?: { debounceMs?: number; tickMs?: number; pullEveryMs?: number; fetch?: typeof fetch; timeoutMs?: number };
}

const normalizeUrl = (raw: string): string => {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('INVALID_ARGUMENT', 'The site address is not a URL (e.g. https://www.example.de).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('INVALID_ARGUMENT', 'The site address must start with http:// or https://.');
  return url.origin + url.pathname.replace(/\/+$/, '');
};

function contractErrorOf(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof SyncFailure) {
    if (err.kind === 'auth') return new AppError('UNAUTHORIZED', `The site refused the credentials: ${err.message}`);
    if (err.kind === 'forbidden') return new AppError('FORBIDDEN', err.message);
    if (err.kind === 'unavailable' || err.kind === 'rate_limited') return new AppError('UNAVAILABLE', err.message);
    if (err.kind === 'not_found') return new AppError('INVALID_ARGUMENT', `No sync API at this address (${err.message}).`);
    return new AppError('INVALID_ARGUMENT', err.message);
  }
  return new AppError('INTERNAL', err instanceof Error ? err.message : String(err));
}

/** The sites (sync targets) with their credentials sealed, and one sync engine per site. */
export async function createSyncService(deps: SyncServiceDeps) {
  const doc = createJsonDocument({ file: path.join(deps.dataDir, 'sites.json'), schema: sitesFileSchema, defaults: { version: 1 as const, sites: [] } });
  let sites = (await doc.read()).sites;
  const engines = new Map<string, { engine: SyncEngine; target: SyncTarget }>();
  let started = false;

  async function credentials(site: SiteRecord): Promise<string> {
    const opened = await deps.secretBox.open(site.sealed);
    if (!site.builtIn) return opened;
    const tokens = JSON.parse(opened) as Record<Role, string>;
    return tokens[await deps.profileRole()];
  }

  function targetFor(site: SiteRecord, secret?: string): SyncTarget {
    const o = deps.engineOptions ?? {};
    if (site.kind === 'wordpress') {
      return createWordPressTarget({
        baseUrl: site.url,
        user: site.user,
        appPassword: secret ?? '',
        ...(o.fetch ? { fetch: o.fetch } : {}),
        options: { timeoutMs: o.timeoutMs, ...(site.wordpress ?? {}), ...(deps.loadMedia ? { loadMedia: deps.loadMedia } : {}) },
      });
    }
    return createReferenceSiteTarget({ url: site.url, token: secret ?? (() => credentials(site)), fetch: o.fetch, timeoutMs: o.timeoutMs });
  }

  async function engineFor(site: SiteRecord): Promise<SyncEngine> {
    const existing = engines.get(site.id);
    if (existing) return existing.engine;
    const target = site.kind === 'wordpress' ? targetFor(site, await credentials(site)) : targetFor(site);
    const o = deps.engineOptions ?? {};
    const engine = createSyncEngine({
      target,
      store: deps.store,
      articles: deps.articles,
      files: createSyncFiles(path.join(deps.dataDir, 'sync', site.id)),
      // WordPress uploads the images itself (featured media); the reference site gets them first.
      ...(site.kind === 'reference-site' && deps.loadMedia ? { loadMedia: deps.loadMedia } : {}),
      debounceMs: o.debounceMs,
      tickMs: o.tickMs,
      pullEveryMs: o.pullEveryMs,
    });
    engines.set(site.id, { engine, target });
    if (started) await engine.start();
    return engine;
  }

  async function save(next: SiteRecord[]): Promise<void> {
    await doc.write({ version: 1, sites: next });
    sites = next;
  }

  const siteView = (site: SiteRecord) => {
    const info = engines.get(site.id)?.engine.info();
    return {
      id: site.id,
      kind: site.kind,
      url: site.url,
      user: site.user,
      role: site.role,
      builtIn: site.builtIn,
      connection: info?.connection ?? 'unknown',
      lastError: info?.lastError ?? null,
      lastSyncAt: info?.lastSyncAt ? new Date(info.lastSyncAt).toISOString() : null,
      queued: info?.queued ?? 0,
    };
  };

  return {
    /** Registers (or refreshes) the embedded site as the default, with one token per role. */
    async useEmbeddedSite(embedded: { url: string; tokens: Record<Role, string> }): Promise<void> {
      const sealed = await deps.secretBox.seal(JSON.stringify(embedded.tokens));
      const current = sites.find((s) => s.builtIn);
      const record: SiteRecord = { id: current?.id ?? 'embedded', kind: 'reference-site', url: embedded.url, user: 'Copydesk', role: await deps.profileRole(), sealed, builtIn: true, addedAt: current?.addedAt ?? (deps.now?.() ?? new Date()).toISOString() };
      engines.delete(record.id);
      await save([record, ...sites.filter((s) => !s.builtIn)]);
      await engineFor(record);
    },

    async start(): Promise<void> {
      started = true;
      for (const site of sites) {
        try {
          await (await engineFor(site)).start();
        } catch (err) {
          console.error(`[copydesk] starting sync with ${site.url} failed:`, err);
        }
      }
    },

    async list() {
      const role = await deps.profileRole();
      return sites.map((s) => ({ ...siteView(s), role: s.builtIn ? role : s.role }));
    },

    /** Checks the address and credentials against the site, then stores them sealed. */
    async add(input: SiteInput) {
      const url = normalizeUrl(input.url);
      if (sites.some((s) => s.url === url)) throw new AppError('CONFLICT', 'This site is added already.');
      const secret = input.kind === 'wordpress' ? input.appPassword.trim() : input.token.trim();
      const probe: SiteRecord = {
        id: randomUUID(),
        kind: input.kind,
        url,
        user: input.kind === 'wordpress' ? input.user.trim() : '',
        role: 'editor',
        sealed: '',
        builtIn: false,
        addedAt: (deps.now?.() ?? new Date()).toISOString(),
        ...(input.kind === 'wordpress' ? { wordpress: { adMarker: 'comment' as const, unpublishedAs: 'draft' as const, ...input.options } } : {}),
      };
      let account: { name: string; role: Role };
      try {
        account = await targetFor(probe, secret).whoAmI();
      } catch (err) {
        throw contractErrorOf(err);
      }
      const record: SiteRecord = { ...probe, user: probe.user || account.name, role: account.role, sealed: await deps.secretBox.seal(secret) };
      await save([...sites, record]);
      const engine = await engineFor(record);
      void engine.syncNow().catch(() => {});
      return { ...siteView(record), connection: 'online' as const };
    },

    async remove(id: string): Promise<void> {
      const site = sites.find((s) => s.id === id);
      if (!site) throw new AppError('NOT_FOUND', 'There is no such site.');
      const entry = engines.get(id);
      engines.delete(id);
      await entry?.engine.close();
      await save(sites.filter((s) => s.id !== id));
      await createSyncFiles(path.join(deps.dataDir, 'sync', id)).removeAll();
    },

    async syncNow(): Promise<SyncRoundSummary> {
      const total: SyncRoundSummary = { pushed: 0, pulled: 0, conflicts: 0, failed: 0 };
      for (const site of sites) {
        const engine = await engineFor(site);
        await engine.flush();
        const r = await engine.syncNow();
        total.pushed += r.pushed;
        total.pulled += r.pulled;
        total.conflicts += r.conflicts;
        total.failed += r.failed;
      }
      return total;
    },

    /** Per article the worst state over all sites; plus the progress of running rounds. */
    status() {
      const rank = { synced: 0, pending: 1, failed: 2, conflict: 3 } as const;
      const articles: Record<string, { state: keyof typeof rank; reason: string | null }> = {};
      let running = false;
      const progress = { done: 0, total: 0 };
      for (const { engine } of engines.values()) {
        const info = engine.info();
        running ||= info.running;
        if (info.running) {
          progress.done += info.progress.done;
          progress.total += info.progress.total;
        }
        for (const [id, st] of Object.entries(engine.allStatuses())) {
          const prev = articles[id];
          if (!prev || rank[st.state] > rank[prev.state]) articles[id] = st;
        }
      }
      return { running, progress, articles };
    },

    async conflicts() {
      const out: Array<{ id: string; siteId: string }> = [];
      for (const [siteId, { engine }] of engines) for (const id of engine.conflictIds()) out.push({ id, siteId });
      return out;
    },

    async conflict(id: string) {
      for (const [siteId, { engine }] of engines) {
        const view = await engine.conflict(id);
        if (view) return { ...view, siteId };
      }
      throw new AppError('NOT_FOUND', 'This article has no conflict.');
    },

    async resolve(id: string, choices: Record<string, MergeChoice>) {
      for (const [, { engine }] of engines) {
        if (engine.conflictIds().includes(id)) {
          const saved = await engine.resolve(id, choices);
          void engine.syncNow().catch(() => {});
          return { rev: saved.rev };
        }
      }
      throw new AppError('NOT_FOUND', 'This article has no conflict.');
    },

    async close(): Promise<void> {
      for (const { engine } of engines.values()) await engine.close();
      engines.clear();
    },
  };
}
export type SyncService = Awaited<ReturnType<typeof createSyncService>>;
