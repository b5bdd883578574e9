import { editorFieldsOf } from '../../../../core/article/fields';
import { siteArticleAnswerSchema, siteChangesAnswerSchema, siteMediaAnswerSchema, type SiteApiArticle } from '../../../../core/sync/reference-site-api';
import { SyncFailure, type ChangesPage, type SyncTarget } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/index';
import { driveStatus } from './drive-status';
import { parseAnswer, toRemote } from './site-answers';
import { createSiteRequest, currentToken, type SiteConnection } from './site-request';
import { createWhoAmI } from './who-am-i';

export { toRemote } from './site-answers';

/** Where the reference site is and how to act on it. */
export type ReferenceSiteOptions = SiteConnection;

/** The sync target over the reference site's HTTP API /api/v1 (see site/README.md). */
export function createReferenceSiteTarget(options: ReferenceSiteOptions): SyncTarget & { role(): Promise<Role> } {
  const origin = options.url.replace(/\/+$/, '');
  const request = createSiteRequest(options);
  const whoAmI = createWhoAmI(request, () => currentToken(options));
  const role = async (): Promise<Role> => (await whoAmI()).role;

  return {
    kind: 'reference-site',
    whoAmI,
    role,

    async push({ article, remoteId, baseRev, idempotencyKey }) {
      const fields = editorFieldsOf(article);
      let stored: SiteApiArticle;
      if (remoteId === null) {
        const answer = await request('POST', '/articles', { json: { id: article.id, fields }, idempotencyKey: `${idempotencyKey}:create` });
        stored = parseAnswer(siteArticleAnswerSchema, answer.body, 'creating an article').article;
      } else {
        const answer = await request('PUT', `/articles/${encodeURIComponent(remoteId)}`, {
          json: { baseRev: Number(baseRev), fields },
          idempotencyKey: `${idempotencyKey}:put`,
        });
        stored = parseAnswer(siteArticleAnswerSchema, answer.body, 'updating an article').article;
      }
      const final = await driveStatus(request, role, article, stored, idempotencyKey);
      return { remoteId: final.id, remoteRev: String(final.rev), status: final.status };
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

    async pull(cursor): Promise<ChangesPage> {
      const answer = await request('GET', '/changes', { query: { cursor: cursor ?? '0', limit: '200' } });
      const page = parseAnswer(siteChangesAnswerSchema, answer.body, 'the changes feed');
      return { changes: page.articles.map(toRemote), cursor: String(page.cursor), more: page.more };
    },

    async uploadMedia({ bytes }) {
      const answer = await request('POST', '/media', { bytes });
      const { media } = parseAnswer(siteMediaAnswerSchema, answer.body, 'an upload');
      return { remoteMediaId: media.id, url: new URL(media.url, origin).toString() };
    },
  };
}
