import type { Article } from '../../../../core/article/article';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { idempotencyToken, postRevision, readOwnerMarker, wpPostSchema } from './';
import type { WpContext } from './wp-context';
import { findOwned } from './wp-posts';
import { ensureMedia, postBodyFor } from './wp-push-body';
import { checkAgain, checkBase } from './wp-push-check';
import type { WordPressPushResult } from './wp-target-types';

/** Creates or updates the post of an article (see createWordPressTarget for conflicts and idempotency). */
export async function pushPost(ctx: WpContext, input: { article: Article; remoteId: string | null; baseRev: string | null; idempotencyKey: string }): Promise<WordPressPushResult> {
  const { article, remoteId, baseRev, idempotencyKey } = input;
  const { http, media } = ctx;
  await ctx.ensureLogin();
  const notes: string[] = [];
  const token = idempotencyToken(idempotencyKey);

  const checked = await checkBase(ctx, article, remoteId, baseRev, token, notes);
  if ('done' in checked) return checked.done;
  const { existing, checkedAt } = checked;
  const { post, statusMapping } = await postBodyFor(ctx, article, token, notes);
  await checkAgain(ctx, existing, baseRev, checkedAt);

  const write = (postId: number | null) => http.request({ method: 'POST', route: postId ? `/wp/v2/posts/${postId}` : '/wp/v2/posts', query: { context: 'edit' }, json: post }, wpPostSchema);
  let res: Awaited<ReturnType<typeof write>>;
  try {
    res = await write(existing?.id ?? null);
  } catch (err) {
    // The attachment we remembered was deleted in the media library: upload again, once.
    const leadId = article.leadImage.mediaId;
    if (!(err instanceof SyncFailure) || err.kind !== 'rejected' || !/rest_invalid_featured_media/.test(err.message) || !leadId) throw err;
    media.forget(leadId);
    const again = await ensureMedia(ctx, leadId, article.leadImage.alt, '', article.leadImage.credit, notes);
    if (again === null) delete post.featured_media;
    else post.featured_media = again;
    // WordPress may have saved the new post before refusing the image: write onto that one.
    const created = existing ? null : (await findOwned(ctx, article.id)).find((p) => readOwnerMarker(p.content.raw ?? '')?.token === token);
    res = await write(existing?.id ?? created?.id ?? null);
  }
  // On create WordPress drops an unknown featured image silently: upload again and set it.
  const leadId = article.leadImage.mediaId;
  if (leadId && post.featured_media && res.data.featured_media !== post.featured_media) {
    media.forget(leadId);
    const again = await ensureMedia(ctx, leadId, article.leadImage.alt, '', article.leadImage.credit, notes);
    if (again !== null) {
      post.featured_media = again;
      res = await write(res.data.id);
    }
  }
  const result: WordPressPushResult = { remoteId: String(res.data.id), remoteRev: postRevision(res.data), link: res.data.link, notes };
  if (statusMapping.publishedEarlyMs !== undefined) {
    result.publishedEarly = true;
    result.publishedEarlyMs = statusMapping.publishedEarlyMs;
  }
  if (statusMapping.holdUntil) result.holdUntil = statusMapping.holdUntil;
  return result;
}
