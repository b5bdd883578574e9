import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../../../core/article/article';
import type { Result } from '../../../../core/contract/result';
import type { SiteAccount } from '../../../../core/sync/reference-site-api';
import type { QueuedTeamOp, TeamOp } from '../../../../core/sync/team-op';
import { createBackend } from '../../../../backend/backend';
import type { Backend, BackendOptions } from '../../../../backend/backend-types';
import type { TeamChannel } from '../../../../backend/sync/team/team-port';

/** A TeamChannel without a site: the account is whatever the test sets, ops and presence are recorded. */
export function fakeTeam(account: SiteAccount | null = null) {
  const state = { account, ops: [] as Array<{ op: TeamOp; by: QueuedTeamOp['by'] }>, presence: [] as Array<[string, boolean]> };
  const channel: TeamChannel = {
    account: () => state.account,
    enqueue: async (op, by) => {
      state.ops.push({ op, by });
    },
    presence: async (articleId, editing) => {
      state.presence.push([articleId, editing]);
    },
  };
  return { channel, state };
}

export const ANNA: SiteAccount = { id: 'u-anna', name: 'Anna Editor', role: 'editor' };
export const RITA: SiteAccount = { id: 'u-rita', name: 'Rita Review', role: 'reviewer' };
export const PAUL: SiteAccount = { id: 'u-paul', name: 'Paul Publisher', role: 'publisher' };

/** A back end in a fresh data directory acting through a fake team channel. */
export function teamBackend(options: Partial<BackendOptions> = {}) {
  const team = fakeTeam();
  let dir = '';
  let backend: Backend;
  const ctx = {
    team,
    get dir() {
      return dir;
    },
    get backend() {
      return backend;
    },
    async open(more: Partial<BackendOptions> = {}) {
      backend = await createBackend(
        { dataDir: dir, host: 'web', version: '1', forcedLanguage: null, systemLanguage: 'de-DE', openExternal: async () => true, ...options, ...more },
        { team: team.channel },
      );
    },
    async setUp() {
      dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-team-'));
      team.state.account = null;
      team.state.ops.length = 0;
      team.state.presence.length = 0;
      await ctx.open();
    },
    async tearDown() {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
    raw: (name: string, args: unknown = {}): Promise<Result<unknown>> => backend.dispatch(name, args),
    async call<T>(name: string, args: unknown = {}): Promise<T> {
      const result = await backend.dispatch(name, args);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
    /** Acts as `account` (null: no site, the profile acts). */
    as(account: SiteAccount | null) {
      team.state.account = account;
    },
    get: (id: string) => ctx.call<Article>('articles.get', { id }),
    async act(id: string, action: string, extra: Record<string, unknown> = {}) {
      return ctx.call<Article>('workflow.transition', { id, baseRev: (await ctx.get(id)).rev, action, ...extra });
    },
    /** An article that passes the required checklist. */
    async ready(): Promise<Article> {
      const a = await ctx.call<Article>('articles.create', {});
      await ctx.call('articles.save', { id: a.id, baseRev: a.rev, changes: READY });
      return ctx.get(a.id);
    },
    /** A ready article walked to `status` by Anna, Rita and Paul. */
    async walkedTo(status: 'in_review' | 'approved' | 'scheduled' | 'published', publishAt = '2030-01-01T08:00:00Z'): Promise<Article> {
      ctx.as(ANNA);
      const a = await ctx.ready();
      await ctx.act(a.id, 'submit');
      if (status === 'in_review') return ctx.get(a.id);
      ctx.as(RITA);
      await ctx.act(a.id, 'approve');
      if (status === 'approved') return ctx.get(a.id);
      ctx.as(PAUL);
      return status === 'scheduled' ? ctx.act(a.id, 'schedule', { schedule: { publishAt } }) : ctx.act(a.id, 'publish_now');
    },
  };
  return ctx;
}

export const READY = {
  headline: 'Stadtwerke wechseln den Eigentümer',
  teaser: 'Für Kunden ändert sich vorerst wenig.',
  author: 'Anna Editor',
  source: 'Pressemitteilung',
  tags: ['Energie'],
  noAds: true,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Die Preise bleiben bis Jahresende stabil.' }] }] },
};
