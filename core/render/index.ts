/** The one page renderer: the site serves its HTML, the app's preview shows the same. */
export type { RenderContext } from './context';
export { renderArticlePage, renderArticleMain, renderArticleBody } from './article-page';
export type { ArticlePageInput } from './article-page';
export { renderFrontPage, renderTagPage } from './list-pages';
export type { FrontPageInput, TagPageInput, ListedArticle } from './list-pages';
export { renderAdSlot, AD_FRAME_SANDBOX } from './ad-slot-html';
export { pageCsp } from './document';
export { formatPageDate } from './format-date';
export { escapeHtml, escapeAttr, safeHref, safeImageSrc, safeSiteHref } from './escape';
