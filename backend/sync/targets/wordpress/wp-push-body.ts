import type { Article } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';
import { articleToPost, type ArticleToPostResult } from './';
import type { WpContext } from './wp-context';

function bodyMediaIds(nodes: readonly BodyNode[] | undefined, out: Set<string>): Set<string> {
  for (const n of nodes ?? []) {
    if (n.type === 'figure' && typeof n.attrs?.mediaId === 'string' && n.attrs.mediaId) out.add(n.attrs.mediaId);
    bodyMediaIds(n.content, out);
  }
  return out;
}

/** The attachment id of an app image, uploading it first when WordPress does not have it; null without its bytes. */
export async function ensureMedia(ctx: WpContext, mediaId: string, alt: string, caption: string, credit: string, notes: string[]): Promise<number | null> {
  const known = ctx.media.entry(mediaId);
  if (known) return known.remoteMediaId;
  const loaded = ctx.opts.loadMedia ? await ctx.opts.loadMedia(mediaId) : null;
  if (!loaded) {
    notes.push(`image ${mediaId} is not on WordPress yet and its bytes are not available here`);
    return null;
  }
  const entry = await ctx.media.upload({ mediaId, bytes: loaded.bytes, mime: loaded.mime, alt, caption: loaded.caption ?? caption, credit });
  return entry.remoteMediaId;
}

/** The REST body of the post: terms, images and author resolved (created or uploaded when missing). */
export async function postBodyFor(ctx: WpContext, article: Article, token: string, notes: string[]): Promise<ArticleToPostResult> {
  const { opts, terms, media } = ctx;
  const section = article.section.trim();
  const categoryId = section ? await terms.idFor('categories', section) : null;
  const tagIds: number[] = [];
  for (const tag of article.tags) tagIds.push(await terms.idFor('tags', tag));
  let featuredMediaId: number | null | undefined = null;
  if (article.leadImage.mediaId) {
    featuredMediaId = (await ensureMedia(ctx, article.leadImage.mediaId, article.leadImage.alt, '', article.leadImage.credit, notes)) ?? undefined;
  }
  for (const id of bodyMediaIds(article.body.content, new Set())) {
    if (!media.entry(id)) await ensureMedia(ctx, id, '', '', '', notes);
  }
  const authorId = await ctx.authors.idFor(article.author);
  if (article.author.trim() && authorId === undefined) notes.push(`no WordPress user named "${article.author.trim()}": the post keeps WordPress's author`);
  const mapped = articleToPost(article, {
    categoryId,
    tagIds,
    featuredMediaId,
    ...(authorId !== undefined ? { authorId } : {}),
    adMarker: opts.adMarker ?? 'comment',
    unpublishedAs: opts.unpublishedAs ?? 'draft',
    nearFuture: opts.nearFuture,
    now: ctx.now(),
    idempotencyToken: token,
    mediaUrl: (id) => media.entry(id)?.url ?? null,
    placementIds: opts.placementIds,
    metaKeys: opts.metaKeys,
  });
  if (mapped.statusMapping.missingPublishTime) notes.push('scheduled without a publish time: sent as a draft');
  return mapped;
}
