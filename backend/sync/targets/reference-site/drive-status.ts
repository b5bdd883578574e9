import type { Article } from '../../../../core/article/article';
import { siteArticleAnswerSchema, type SiteApiArticle } from '../../../../core/sync/reference-site-api';
import { statusPath } from '../../../../core/sync/status-path';
import { SyncFailure } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/index';
import { PUBLISH_TIME_PASSED } from '../../../../core/workflow/transition';
import { parseAnswer, toRemote } from './site-answers';
import type { SiteRequest } from './site-request';

const sameSchedule = (a: Article['schedule'], b: Article['schedule']) =>
  JSON.stringify(a && Object.keys(a).length ? a : null) === JSON.stringify(b && Object.keys(b).length ? b : null);

/**
 * Moves the remote status toward the article's (fields are already pushed), one workflow action
 * at a time as the role allows. A refused step is reported with the remote state it left.
 */
export async function driveStatus(request: SiteRequest, role: () => Promise<Role>, article: Article, remote: SiteApiArticle, key: string): Promise<SiteApiArticle> {
  const wantsScheduleAgain = article.status === 'scheduled' && remote.status === 'scheduled' && !sameSchedule(article.schedule, remote.schedule);
  if (article.status === remote.status && !wantsScheduleAgain) return remote;
  const path = wantsScheduleAgain ? ['schedule' as const] : statusPath(remote.status, article.status, await role());
  if (!path) {
    throw new SyncFailure('forbidden', `Your role on the site cannot move the article from "${remote.status}" to "${article.status}".`, { current: toRemote(remote) });
  }
  let current = remote;
  for (let action of path) {
    const schedule = (action === 'schedule' || action === 'publish_now') && article.schedule && Object.keys(article.schedule).length ? article.schedule : undefined;
    try {
      const send = async () =>
        request('POST', `/articles/${encodeURIComponent(current.id)}/status`, {
          json: { action, baseRev: current.rev, ...(schedule ? { schedule } : {}) },
          idempotencyKey: `${key}:s${current.rev}:${action}`,
        });
      let answer;
      try {
        answer = await send();
      } catch (err) {
        // The time passed while the change was on its way (offline, queued): the release is
        // due, so publish now, as the app's own scheduler would on catching up.
        if (action !== 'schedule' || !(err instanceof SyncFailure) || !err.message.includes(PUBLISH_TIME_PASSED.en)) throw err;
        action = 'publish_now';
        answer = await send();
      }
      current = parseAnswer(siteArticleAnswerSchema, answer.body, 'a status change').article;
    } catch (err) {
      // A refused step (checklist, role) after the fields went through: report it with the remote state.
      if (err instanceof SyncFailure && !err.extra.current) throw new SyncFailure(err.kind, err.message, { ...err.extra, current: toRemote(current) });
      if (err instanceof SyncFailure && err.kind === 'conflict' && err.extra.current?.remoteRev === String(current.rev)) {
        throw new SyncFailure('rejected', err.message, { ...err.extra });
      }
      throw err;
    }
  }
  return current;
}
