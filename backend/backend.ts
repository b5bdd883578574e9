import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../core/contract/dispatch';
import { createDispatcher } from '../core/contract/dispatch';
import type { Backend, BackendOptions, BackendOverrides } from './backend-types';
import type { BackendDeps, BackendModule } from './backend-deps';
import { adsModule } from './ads/handlers';
import { appModule } from './app/handlers';
import { syncModule } from './sync/handlers';
import { workflowModule } from './workflow/handlers';
import { createAdConfigService } from './ads/ad-config-service';
import { articlesModule } from './articles/handlers';
import { createMediaStore } from './articles/media/media-store';
import { createArticleService } from './articles/article-service';
import { openPersistentSearch } from './articles/search/persistent-search';
import { createSettingsService } from './app/settings-service';
import { createArticleStore } from './articles/store/json-article-store';
import { createTrash } from './articles/trash';
import type { TeamChannel, TeamSink } from './sync/team/team-port';
import { createActingActor } from './team/acting-actor';
import { teamModule } from './team/handlers';
import { createInboxStore } from './team/inbox-store';
import { lateChannel, lateSink, NO_TEAM } from './team/late-bound';
import { createCommentStore } from './workflow/comment-store';
import { createRevisionStore } from './workflow/revision-store';

/**
 * Wires the services behind the contract. Both hosts call this: the Electron main process and
 * the web shell. Nothing here imports electron; host-specific powers arrive through `options`.
 */
export async function createBackend(options: BackendOptions, overrides: BackendOverrides = {}): Promise<Backend> {
  const store = createArticleStore({ dataDir: options.dataDir, now: options.now });
  await store.open();
  // SQLite FTS5 in the data folder, brought up to date in the background (see articles/search/).
  const search = await openPersistentSearch(store, { dataDir: options.dataDir });
  const articles = createArticleService(store, search);
  const settings = await createSettingsService(options.dataDir);
  const media = createMediaStore(options.dataDir);

  const adConfig = await createAdConfigService(options.dataDir);
  const now = options.now ?? (() => new Date());
  const inbox = await createInboxStore(options.dataDir, (added) => added.forEach((item) => options.notify?.(item)));
  const trash = await createTrash(options.dataDir, articles, (id) => store.summary(id)?.headline ?? '', now);
  // Late-bound: the sync module, created after the workflow module, knows whether a site is
  // connected, offers the team channel, and hands the team sink (built last) what the site brings.
  let sitePublishes: () => Promise<boolean> = async () => false;
  let channel: TeamChannel = overrides.team ?? NO_TEAM;
  let sink: TeamSink | null = null;
  const team = lateChannel(() => channel);
  const deps: BackendDeps = {
    options,
    dataDir: options.dataDir,
    now,
    store,
    articles,
    settings,
    media,
    adConfig,
    comments: createCommentStore(options.dataDir, now),
    revisions: createRevisionStore(options.dataDir, now),
    trash,
    inbox,
    sitePublishesOnSchedule: () => sitePublishes(),
    team,
    teamSink: lateSink(() => sink),
    actor: createActingActor(team, settings),
  };
  const sync = syncModule(deps);
  sitePublishes = sync.sitePublishesOnSchedule;
  if (!overrides.team) channel = sync.team;
  // The channel acts with the first site that has an account: that site's address.
  const siteUrl = async (name: string) => {
    const sites = await sync.handlers['sites.list']({});
    return (sites.find((s) => s.user === name) ?? sites[0])?.url ?? null;
  };
  // A demo switch changes the profile role the built-in site's token follows: re-read the account at once.
  const refreshAccount = overrides.team ? async () => {} : async () => void (await sync.team.refresh());
  // One module per contract domain (core/contract/calls/<domain>.ts), all of the same shape.
  const [app, articleCalls, ads, workflow] = [appModule(deps), articlesModule(deps), adsModule(deps), workflowModule(deps)];
  const teamCalls = teamModule(deps, { siteUrl, refreshAccount });
  // On the embedded site the profile's role picks the demo account: a role chosen in Settings
  // switches the account at once, as team.useDemoAccount does.
  const updateSettings = app.handlers['settings.update'];
  app.handlers['settings.update'] = async (changes) => {
    const before = (await settings.get()).profile.role;
    const next = await updateSettings(changes);
    if (next.profile.role !== before) await refreshAccount().catch((err: unknown) => console.error('[copydesk] reading the account failed:', err));
    return next;
  };
  sink = teamCalls.sink;
  const modules: Array<Omit<BackendModule<never>, 'handlers'>> = [app, articleCalls, ads, workflow, teamCalls, sync];
  // Typed as Handlers: a call of the contract without a handler does not compile.
  const handlers: Handlers = { ...app.handlers, ...articleCalls.handlers, ...ads.handlers, ...workflow.handlers, ...teamCalls.handlers, ...sync.handlers };
  for (const m of modules) m.start?.();

  return {
    dispatch: createDispatcher(handlers, (name, err) => console.error(`[copydesk] ${name} failed:`, err)),
    mediaFile: (id) => media.file(id),
    close: async () => {
      for (const m of modules) await m.close?.();
      await Promise.all([deps.comments.idle(), deps.revisions.idle(), inbox.idle()]);
      await search.close();
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
