import { articleFieldsSchema, type Article } from '../../../../core/article/article';
import { SyncFailure, type RemoteArticle } from '../../../../core/sync/sync-target';
import { articleToPost, fromWpGmt, postRevision, postToArticleFields, readOwnerMarker, wpPostListSchema, wpPostSchema, type WpPost } from './';
import type { WpContext } from './wp-context';

/** A post as a remote version for the engine (terms and author by name, images by app media id). */
export async function postToRemote(ctx: WpContext, post: WpPost): Promise<RemoteArticle> {
  const { opts, terms, media } = ctx;
  const content = post.content.raw ?? '';
  const articleId = readOwnerMarker(content)?.articleId ?? null;
  const [categoryNames, tagNames, postAuthor, base] = await Promise.all([
    terms.namesFor('categories', post.categories ?? []),
    terms.namesFor('tags', post.tags ?? []),
    ctx.authors.nameFor(post.author),
    articleId && opts.localBase ? opts.localBase(articleId) : null,
  ]);
  // An author with no WordPress account leaves the post with WordPress's own author: that is no
  // edit. The base's spelling also stands while the post keeps the user it maps to.
  const baseAuthorId = base ? await ctx.authors.idFor(base.fields.author) : undefined;
  const authorName = base && (baseAuthorId === undefined || baseAuthorId === post.author) ? base.fields.author : postAuthor;
  const read = postToArticleFields(post, {
    categoryName: categoryNames[0] ?? null,
    tagNames,
    authorName,
    base: base ?? undefined,
    language: ctx.language,
    unpublishedAs: opts.unpublishedAs ?? 'draft',
    mediaIdForRemote: (id) => media.mediaIdForRemote(id),
    mediaIdForUrl: (url) => media.mediaIdForUrl(url),
    placementIds: opts.placementIds,
  });
  const check = articleFieldsSchema.safeParse(read.fields);
  if (!check.success) throw new SyncFailure('invalid_response', `post ${post.id} cannot be read as an article: ${check.error.issues[0]?.message ?? 'invalid'}`);
  return {
    remoteId: String(post.id),
    remoteRev: postRevision(post),
    fields: check.data,
    status: read.status,
    schedule: read.schedule,
    updatedAt: fromWpGmt(post.modified_gmt) ?? new Date(0).toISOString(),
  };
}

/** The post (context=edit), or null when it is gone or in the trash. */
export async function getPost(ctx: WpContext, remoteId: string): Promise<WpPost | null> {
  if (!/^\d+$/.test(remoteId)) throw new SyncFailure('rejected', `not a WordPress post id: ${remoteId}`);
  try {
    const res = await ctx.http.request({ route: `/wp/v2/posts/${remoteId}`, query: { context: 'edit' } }, wpPostSchema);
    return res.data.status === 'trash' ? null : res.data;
  } catch (err) {
    if (err instanceof SyncFailure && err.kind === 'not_found') return null;
    throw err;
  }
}

/**
 * Posts that already carry this article's owner marker (one search, all statuses but trash).
 * A leading hyphen would make WordPress search exclude the term, so it is stripped; the
 * marker is then compared exactly.
 */
export async function findOwned(ctx: WpContext, articleId: string): Promise<WpPost[]> {
  const term = articleId.replace(/^-+/, '');
  const res = await ctx.http.request({ route: '/wp/v2/posts', query: { search: term, status: 'any', context: 'edit', per_page: 100 } }, wpPostListSchema);
  return res.data.filter((p) => readOwnerMarker(p.content.raw ?? '')?.articleId === articleId);
}

/** Whether the post still holds exactly what this write (same token) put there: a retry of an update that arrived. */
export function isOurWrite(ctx: WpContext, post: WpPost, article: Article, token: string): boolean {
  const { opts, media } = ctx;
  const { post: expected } = articleToPost(article, {
    categoryId: null,
    tagIds: [],
    featuredMediaId: undefined,
    adMarker: opts.adMarker ?? 'comment',
    unpublishedAs: opts.unpublishedAs ?? 'draft',
    now: ctx.now(),
    idempotencyToken: token,
    mediaUrl: (id) => media.entry(id)?.url ?? null,
    placementIds: opts.placementIds,
  });
  return post.title.raw === expected.title && post.excerpt.raw === expected.excerpt && post.content.raw === expected.content;
}
