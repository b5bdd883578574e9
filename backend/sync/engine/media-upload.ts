import type { Article } from '../../../core/article/article';
import type { BodyNode } from '../../../core/article/body-schema';
import type { EngineState } from './engine-state';

/** The media ids an article refers to: its lead image and every inline figure. */
export function mediaIdsOf(article: Pick<Article, 'leadImage' | 'body'>): string[] {
  const ids = new Set<string>();
  if (article.leadImage.mediaId) ids.add(article.leadImage.mediaId);
  const walk = (nodes: BodyNode[] | undefined) => {
    for (const node of nodes ?? []) {
      const id = node.type === 'figure' ? node.attrs?.mediaId : undefined;
      if (typeof id === 'string' && id) ids.add(id);
      walk(node.content);
    }
  };
  walk(article.body.content);
  return [...ids];
}

/**
 * Uploads the images `article` uses that the site may not have yet, once per session; a missing
 * local file is skipped. Does nothing for an engine without `loadMedia` (the target uploads itself).
 */
export async function uploadImagesOf(ctx: EngineState, article: Article): Promise<void> {
  if (!ctx.loadMedia) return;
  for (const mediaId of mediaIdsOf(article)) {
    if (ctx.uploadedMedia.has(mediaId)) continue;
    const media = await ctx.loadMedia(mediaId);
    if (!media) continue;
    await ctx.target.uploadMedia({ mediaId, bytes: media.bytes, mime: media.mime, alt: '', caption: '', credit: '' });
    ctx.uploadedMedia.add(mediaId);
  }
}
