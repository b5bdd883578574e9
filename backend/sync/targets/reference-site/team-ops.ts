import { siteArticleAnswerSchema, siteThreadAnswerSchema } from '../../../../core/sync/reference-site-api';
import type { QueuedTeamOp, TeamOp } from '../../../../core/sync/team-op';
import type { TeamRemoteArticle } from '../team-target';
import { parseAnswer, toRemote } from './site-answers';
import type { SiteRequest } from './site-request';

/** The request an op is on the site (docs/team-sync.md), and whether it answers an article. */
function requestOf(op: TeamOp, remoteId: string | null): { method: string; path: string; json?: unknown; answers: 'article' | 'thread' | 'nothing' } {
  const article = `/articles/${encodeURIComponent(remoteId ?? ('articleId' in op ? op.articleId : ''))}`;
  switch (op.kind) {
    case 'action':
      // No baseRev: the site checks the action against the article's current status.
      return { method: 'POST', path: `${article}/status`, json: op.request, answers: 'article' };
    case 'comment.add':
      return { method: 'POST', path: `${article}/comments`, json: { id: op.threadId, anchor: op.anchor, text: op.text }, answers: 'thread' };
    case 'comment.reply':
      return { method: 'POST', path: `${article}/comments/${encodeURIComponent(op.threadId)}/replies`, json: { id: op.replyId, text: op.text }, answers: 'thread' };
    case 'comment.resolve':
      return { method: 'POST', path: `${article}/comments/${encodeURIComponent(op.threadId)}/resolve`, json: { resolved: op.resolved }, answers: 'thread' };
    case 'suggestion.save':
      return { method: 'PUT', path: `${article}/suggestions/${encodeURIComponent(op.threadId)}`, json: op.change, answers: 'thread' };
    case 'suggestion.settle':
      return { method: 'POST', path: `${article}/suggestions/${encodeURIComponent(op.threadId)}/settle`, json: { outcome: op.outcome }, answers: 'thread' };
    case 'ad.put':
      return { method: 'PUT', path: op.adKind === 'settings' ? '/ads/settings' : `/ads/${op.adKind}/${encodeURIComponent(op.adId)}`, json: op.doc, answers: 'nothing' };
    case 'ad.delete':
      return { method: 'DELETE', path: `/ads/${op.adKind}/${encodeURIComponent(op.adId)}`, answers: 'nothing' };
    case 'article.delete':
      return { method: 'DELETE', path: article, answers: 'article' };
    case 'article.restore':
      return { method: 'POST', path: `${article}/restore`, answers: 'article' };
  }
}

/**
 * Sends one queued op with its id as the Idempotency-Key (a retry is a replay on the site).
 * Answers the article when the op changed one (actions, deletions), so its new rev is known.
 */
export async function sendTeamOp(request: SiteRequest, queued: QueuedTeamOp, remoteId: string | null): Promise<{ article: TeamRemoteArticle | null }> {
  const r = requestOf(queued.op, remoteId);
  const answer = await request(r.method, r.path, { ...(r.json === undefined ? {} : { json: r.json }), idempotencyKey: queued.id });
  if (r.answers === 'article') {
    // DELETE may answer without the article on an older site; the feed brings it then.
    const parsed = siteArticleAnswerSchema.safeParse(answer.body);
    return { article: parsed.success ? toRemote(parsed.data.article) : null };
  }
  if (r.answers === 'thread') parseAnswer(siteThreadAnswerSchema, answer.body, `${queued.op.kind}`);
  return { article: null };
}
