import type { Article } from '../../../../core/article/article';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { postRevision, readOwnerMarker, type WpPost } from './';
import type { WpContext } from './wp-context';
import { findOwned, getPost, isOurWrite, postToRemote } from './wp-posts';
import type { WordPressPushResult } from './wp-target-types';

/** The post to update and the request count when it was read; or the answer of a retry that already arrived. */
export type BaseCheck = { existing: WpPost | null; checkedAt: number } | { done: WordPressPushResult };

/**
 * The remote state before a push (a conflict must not cost uploads or term creation): an update
 * needs the post at `baseRev`; a create must not find this article on the site already.
 */
export async function checkBase(ctx: WpContext, article: Article, remoteId: string | null, baseRev: string | null, token: string, notes: string[]): Promise<BaseCheck> {
  if (remoteId) {
    const existing = await getPost(ctx, remoteId);
    const checkedAt = ctx.http.requestCount;
    if (!existing) throw new SyncFailure('not_found', `WordPress post ${remoteId} is gone (deleted or in the trash)`);
    const currentRev = postRevision(existing);
    if (baseRev !== null && currentRev !== baseRev) {
      if (readOwnerMarker(existing.content.raw ?? '')?.token === token && isOurWrite(ctx, existing, article, token)) {
        return { done: { remoteId, remoteRev: currentRev, link: existing.link, reusedExisting: true, notes } };
      }
      throw new SyncFailure('conflict', `WordPress post ${remoteId} changed on the site since the last sync`, { current: await postToRemote(ctx, existing) });
    }
    return { existing, checkedAt };
  }
  const owned = await findOwned(ctx, article.id);
  const same = owned.find((p) => readOwnerMarker(p.content.raw ?? '')?.token === token);
  if (same) return { done: { remoteId: String(same.id), remoteRev: postRevision(same), link: same.link, reusedExisting: true, notes } };
  // The site already has this article from an earlier create whose answer was lost (under
  // another key): not a second post, but a conflict with that copy for the engine to merge.
  const other = owned[0];
  if (other) throw new SyncFailure('conflict', `WordPress already has this article as post ${other.id}`, { current: await postToRemote(ctx, other) });
  return { existing: null, checkedAt: 0 };
}

/** Another look right before writing when terms, media or users were fetched meanwhile. */
export async function checkAgain(ctx: WpContext, existing: WpPost | null, baseRev: string | null, checkedAt: number): Promise<void> {
  if (!existing || baseRev === null || ctx.http.requestCount === checkedAt) return;
  const again = await getPost(ctx, existing.id.toString());
  if (!again) throw new SyncFailure('not_found', `WordPress post ${existing.id} is gone (deleted or in the trash)`);
  if (postRevision(again) !== baseRev) throw new SyncFailure('conflict', `WordPress post ${existing.id} changed on the site since the last sync`, { current: await postToRemote(ctx, again) });
}
