import type { Article } from '../../core/article/article';
import type { CommentThread } from '../../core/comments/thread';
import type { Revision } from '../../core/revisions/revision';
import type { Actor } from '../../core/workflow/roles';
import { samePerson } from '../workflow/since-my-request';

const WORKED_ON = new Set(['submit', 'approve', 'request_changes']);

/**
 * Did `me` take part in the article: created it (its first kept revision is theirs), submitted
 * or reviewed it, or commented or replied on it? Only then do others' moves reach their inbox.
 */
export function isInvolved(me: Actor, article: Pick<Article, 'statusHistory'>, revisions: readonly Revision[], threads: readonly CommentThread[]): boolean {
  if (revisions[0]?.author === me.name) return true;
  if (article.statusHistory.some((h) => WORKED_ON.has(h.action) && samePerson(h.actor, me))) return true;
  return threads.some((t) => t.author === me.name || t.replies.some((r) => r.author === me.name));
}
