import type { AdConfig } from '../../../core/ads/model';
import { adsOfArticleAt } from '../../../core/ads/article-ads';
import type { PlacementResult } from '../../../core/ads/placement-types';
import type { Article, ArticleFields } from '../../../core/article/article';
import type { BodyDoc } from '../../../core/article/body-schema';
import type { RenderContext } from '../../../core/render/context';
import { renderArticlePage } from '../../../core/render/article-page';
import { mediaUrl } from '../editor/image-upload';

/** The widths a reviewer checks: the site theme's desktop, tablet and phone layouts. */
export const PREVIEW_WIDTHS = [
  { id: 'desktop', px: 1280 },
  { id: 'tablet', px: 768 },
  { id: 'phone', px: 375 },
] as const;
export type PreviewWidthId = (typeof PREVIEW_WIDTHS)[number]['id'];
export type PreviewMode = PreviewWidthId | 'sideBySide';

/** The name the preview gives the site in its header. */
export const PREVIEW_SITE_NAME = 'Copydesk News';

export interface PreviewInput {
  article: Article;
  /** The live draft as typed; wins over the stored fields. */
  draft: ArticleFields;
  config: AdConfig;
  at: Date;
  timeZone: string;
  themeCss: string;
}

export interface PreviewOutput extends PlacementResult {
  html: string;
}

/**
 * The whole page as the site renders it, from the live draft: the same placement engine and
 * the same page renderer as the site, run here so typing never waits for the back end.
 */
export function buildPreview({ article, draft, config, at, timeZone, themeCss }: PreviewInput): PreviewOutput {
  const merged: Article = { ...article, ...draft };
  const result = adsOfArticleAt(merged, config, at, timeZone);
  const ctx: RenderContext = {
    siteName: PREVIEW_SITE_NAME,
    siteLanguage: merged.language,
    timeZone,
    now: at,
    mediaUrl,
    tagUrl: (tag) => `/tag/${encodeURIComponent(tag)}`,
    themeCss,
  };
  // The byline dates the page as readers will see it: the scheduled release, else the preview time.
  const publishedAt = merged.schedule?.publishAt ?? at.toISOString();
  return { ...result, html: renderArticlePage({ article: merged, placements: result.placements, ctx, publishedAt }) };
}

/** How far a frame laid out at `framePx` must shrink to fit `availablePx` (never enlarged). */
export function fitScale(framePx: number, availablePx: number): number {
  if (framePx <= 0 || availablePx <= 0) return 1;
  return Math.min(1, availablePx / framePx);
}

/** How many paragraphs of the body come before an ad placed after (or at) top-level block `blockIndex`. */
export function paragraphsUpTo(body: BodyDoc, blockIndex: number): number {
  return body.content.slice(0, blockIndex + 1).filter((node) => node.type === 'paragraph').length;
}
