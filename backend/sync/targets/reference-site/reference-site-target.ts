import { editorFieldsOf } from '../../../../core/article/fields';
import { siteArticleAnswerSchema, siteMediaAnswerSchema, type SiteAccount } from '../../../../core/sync/reference-site-api';
import { SyncFailure, type SyncTarget } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/index';
import type { TeamChangesPage, TeamPushExtra, TeamTarget } from '../team-target';
import { parseChangesAnswer } from './changes-answer';
import { parseAnswer, toRemote } from './site-answers';
import { createSiteRequest, currentToken, type SiteConnection } from './site-request';
import { sendTeamOp } from './team-ops';
import { createWhoAmI } from './who-am-i';

export { toRemote } from './site-answers';

/** Changes per pull request: the site's largest page (a joining app reads 100,000 articles in 100 requests). */
export const PULL_PAGE_SIZE = 1000;

/** Where the reference site is and how to act on it (`pullPageSize`: changes per pull request, for tests). */
export type ReferenceSiteOptions = SiteConnection & { pullPageSize?: number };

/** The reference site's target: the sync target plus the team's capabilities. */
export type ReferenceSiteTarget = SyncTarget & TeamTarget & { role(): Promise<Role> };

/**
 * The sync target over the reference site's HTTP API /api/v1 (see site/README.md and
 * docs/team-sync.md). A push writes fields only: a status change travels as an action op
 * (sendOp), by the person who took it, never as a content write.
 */
export function createReferenceSiteTarget(options: ReferenceSiteOptions): ReferenceSiteTarget {
  const origin = options.url.replace(/\/+$/, '');
  const request = createSiteRequest(options);
  const whoAmI = createWhoAmI(request, () => currentToken(options));
  const role = async (): Promise<Role> => (await whoAmI()).role;

  return {
    kind: 'reference-site',
    whoAmI,
    role,
    async account(): Promise<SiteAccount> {
      const me = await whoAmI();
      return { id: me.id ?? me.name, name: me.name, role: me.role };
    },

    async push({ article, remoteId, baseRev, idempotencyKey }) {
      const fields = editorFieldsOf(article);
      const answer =
        remoteId === null
          ? await request('POST', '/articles', { json: { id: article.id, fields }, idempotencyKey: `${idempotencyKey}:create` })
          : await request('PUT', `/articles/${encodeURIComponent(remoteId)}`, { json: { baseRev: Number(baseRev), fields }, idempotencyKey: `${idempotencyKey}:put` });
      const stored = parseAnswer(siteArticleAnswerSchema, answer.body, remoteId === null ? 'creating an article' : 'updating an article').article;
      const result: { remoteId: string; remoteRev: string; status: typeof stored.status } & TeamPushExtra = { remoteId: stored.id, remoteRev: String(stored.rev), status: stored.status, remote: toRemote(stored) };
      return result;
    },

    async fetch(remoteId) {
      try {
        const answer = await request('GET', `/articles/${encodeURIComponent(remoteId)}`);
        return toRemote(parseAnswer(siteArticleAnswerSchema, answer.body, 'reading an article').article);
      } catch (err) {
        if (err instanceof SyncFailure && err.kind === 'not_found') return null;
        throw err;
      }
    },

    async pull(cursor): Promise<TeamChangesPage> {
      const answer = await request('GET', '/changes', { query: { cursor: cursor ?? '0', limit: String(options.pullPageSize ?? PULL_PAGE_SIZE) } });
      const page = await parseChangesAnswer(answer.body);
      const remaining = page.remaining === undefined ? {} : { remaining: page.remaining };
      return { changes: page.articles.map(toRemote), cursor: String(page.cursor), more: page.more, ...remaining, team: { threads: page.threads, ads: page.ads, presence: page.presence } };
    },

    async uploadMedia({ bytes }) {
      const answer = await request('POST', '/media', { bytes });
      const { media } = parseAnswer(siteMediaAnswerSchema, answer.body, 'an upload');
      return { remoteMediaId: media.id, url: new URL(media.url, origin).toString() };
    },

    sendOp: (queued, remoteId) => sendTeamOp(request, queued, remoteId),

    async setPresence(remoteId, editing) {
      await request('PUT', `/articles/${encodeURIComponent(remoteId)}/presence`, { json: { editing } });
    },
  };
}
