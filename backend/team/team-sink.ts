import type { Article } from '../../core/article/article';
import type { CommentThread } from '../../core/comments/thread';
import { editorFieldsOf } from '../../core/article/fields';
import { snapshotsDiffer } from '../../core/revisions/revision';
import type { QueuedTeamOp } from '../../core/sync/team-op';
import type { StatusHistoryEntry } from '../../core/workflow/history';
import type { BackendDeps } from '../backend-deps';
import type { PlainRefusal, TeamSink } from '../sync/team/team-port';
import { samePerson } from '../workflow/since-my-request';
import { applySiteAds } from './ads-from-site';
import { commentItem, deletedItem, heldItem, refusedItem, replyItem, statusItem } from './inbox-items';
import type { NewInboxItem } from './inbox-store';
import { isInvolved } from './involvement';
import type { PresenceBoard } from './presence-board';

type SinkDeps = Pick<BackendDeps, 'store' | 'comments' | 'revisions' | 'adConfig' | 'trash' | 'inbox' | 'actor' | 'now'>;

/** What the inbox calls a refused inventory edit (it belongs to no article). */
export const AD_INVENTORY_ITEM = { id: 'ad-inventory', headline: 'Anzeigen-Inventar' } as const;

/** Comments older than this when they first arrive here are history, not news (a new machine's first round). */
export const COMMENT_NEWS_WINDOW_MS = 7 * 24 * 3600_000;

const entryKey = (h: StatusHistoryEntry) => `${h.at}|${h.action}|${h.actor.name}`;

/** The back end's side of the sync engine's team data: comments, inventory, presence, history, inbox. */
export function createTeamSink(deps: SinkDeps, presence: PresenceBoard): TeamSink {
  const involved = async (article: Pick<Article, 'id' | 'statusHistory'>) =>
    isInvolved(await deps.actor.current(), article, await deps.revisions.list(article.id), await deps.comments.list(article.id));
  const about = (id: string) => {
    const s = deps.store.summary(id);
    return { id, headline: s?.headline ?? '' };
  };

  // A first round with a busy site brings every old thread: only recent ones are news.
  const recent = (at: string) => deps.now().getTime() - Date.parse(at) <= COMMENT_NEWS_WINDOW_MS;

  return {
    async applyThreads(_siteId, items) {
      const me = await deps.actor.current();
      const byArticle = new Map<string, CommentThread[]>();
      for (const i of items) byArticle.set(i.articleId, [...(byArticle.get(i.articleId) ?? []), i.thread]);
      for (const [articleId, threads] of byArticle) {
        const article = await deps.store.get(articleId).catch(() => null);
        const wasInvolved = article ? await involved(article) : false;
        const merged = await deps.comments.applySite(articleId, threads, article?.body ?? null);
        if (!article || !wasInvolved) continue;
        const news: NewInboxItem[] = [
          ...merged.newThreads.filter((t) => t.author !== me.name && recent(t.createdAt)).map((t) => commentItem(article, t)),
          ...merged.newReplies.filter((r) => r.author !== me.name && recent(r.createdAt)).map((r) => replyItem(article, r)),
        ];
        await deps.inbox.add(news);
      }
    },

    async applyAds(siteId, items) {
      await deps.adConfig.update((config) => applySiteAds(config, items, (item, why) => console.error(`[copydesk] ${siteId}: ad ${item.kind}/${item.id} skipped: ${why}`)));
    },

    applyPresence(_siteId, items) {
      presence.replace(items);
    },

    async articleTaken(_siteId, before, after, updatedBy) {
      if (updatedBy && (!before || snapshotsDiffer(editorFieldsOf(before), editorFieldsOf(after)))) await deps.revisions.attribute(after, updatedBy.name);
      // The body changed on another machine: the comments find their text again by quote.
      if (before && JSON.stringify(before.body) !== JSON.stringify(after.body)) await deps.comments.placeAnchors(after.id, after.body);
      // An article new here has nothing to compare with: its old history is no news.
      if (!before) return;
      const me = await deps.actor.current();
      const seen = new Set(before.statusHistory.map(entryKey));
      const fresh = after.statusHistory.filter((h) => !seen.has(entryKey(h)) && !samePerson(h.actor, me));
      if (fresh.length === 0) return;
      const news: NewInboxItem[] = [];
      const involvedHere = await involved(after);
      for (const entry of fresh) {
        if (entry.action === 'auto_hold') {
          if (me.role === 'publisher') news.push(heldItem(after, entry));
        } else if (involvedHere) news.push(statusItem(after, entry));
      }
      await deps.inbox.add(news);
    },

    async articleDeleted(_siteId, articleId, deletedAt, by) {
      if (deletedAt === null) {
        if (deps.trash.has(articleId)) await deps.trash.restore(articleId);
        return;
      }
      const article = await deps.store.get(articleId).catch(() => null);
      if (!deps.store.summary(articleId)) return; // gone here already
      const wasInvolved = article ? await involved(article) : false;
      await deps.trash.put(articleId, by?.name ?? '', new Date(deletedAt));
      if (article && wasInvolved) await deps.inbox.add([deletedItem(article, deletedAt, by?.name ?? '')]);
    },

    async opRefused(_siteId, queued: QueuedTeamOp, reason: PlainRefusal) {
      const op = queued.op;
      const target = 'articleId' in op ? about(op.articleId) : AD_INVENTORY_ITEM;
      await deps.inbox.add([refusedItem(queued.id, target, queued.by.name, reason, deps.now())]);
    },
  };
}
