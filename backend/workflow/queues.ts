import type { Article } from '../../core/article/article';
import type { QueueItem } from '../../core/contract/calls/workflow';
import type { ArticleStore } from '../articles/store/article-store';

async function queueItem(store: ArticleStore, id: string, toStatus: Article['status']): Promise<QueueItem | null> {
  const summary = store.summary(id);
  if (!summary) return null;
  const article = await store.get(id);
  const entered = [...article.statusHistory].reverse().find((h) => h.to === toStatus);
  return { ...summary, since: entered?.at ?? article.updatedAt };
}

/** The review queue (oldest first), `me`'s drafts (newest first) and approved articles waiting for a time. */
export async function workflowQueues(store: ArticleStore, me: string): Promise<{ review: QueueItem[]; myDrafts: QueueItem[]; approved: QueueItem[] }> {
  const review: QueueItem[] = [];
  const myDrafts: QueueItem[] = [];
  const approved: QueueItem[] = [];
  for (const s of store.list()) {
    if (s.damaged) continue;
    if (s.status === 'in_review') {
      const item = await queueItem(store, s.id, 'in_review').catch(() => null);
      if (item) review.push(item);
    } else if (s.status === 'approved') {
      const item = await queueItem(store, s.id, 'approved').catch(() => null);
      if (item) approved.push(item);
    } else if (me && (s.status === 'draft' || s.status === 'changes_requested') && s.author.trim() === me) {
      myDrafts.push({ ...s, since: s.updatedAt });
    }
  }
  review.sort((a, b) => a.since.localeCompare(b.since));
  myDrafts.sort((a, b) => b.since.localeCompare(a.since));
  approved.sort((a, b) => a.since.localeCompare(b.since));
  return { review, myDrafts, approved };
}
