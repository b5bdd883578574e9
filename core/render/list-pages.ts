import type { Article } from '../article/article';
import { renderByline, renderLeadImage } from './article-page';
import type { RenderContext } from './context';
import { renderDocument } from './document';
import { escapeAttr, escapeHtml, safeSiteHref } from './escape';
import { pageText } from './labels';

/** A published article and the URL of its page. */
export interface ListedArticle {
  article: Article;
  url: string;
  /** When it went live; the date shown. Defaults to article.updatedAt. */
  publishedAt?: string;
}

export interface FrontPageInput {
  articles: readonly ListedArticle[];
  ctx: RenderContext;
}

export interface TagPageInput extends FrontPageInput {
  tag: string;
}

function renderTeaser(item: ListedArticle, ctx: RenderContext): string {
  const { article } = item;
  const href = safeSiteHref(item.url);
  const headline = escapeHtml(article.headline);
  const section = article.section.trim();
  return (
    '<li class="teaser-item"><article class="teaser-card">' +
    renderLeadImage(article, ctx, 'teaser-image') +
    '<div class="teaser-text">' +
    (section ? `<p class="section-label">${escapeHtml(section)}</p>` : '') +
    `<h2 class="teaser-headline">${href ? `<a href="${escapeAttr(href)}">${headline}</a>` : headline}</h2>` +
    (article.teaser.trim() ? `<p class="teaser">${escapeHtml(article.teaser.trim())}</p>` : '') +
    renderByline(article.author, item.publishedAt ?? article.updatedAt, ctx) +
    '</div></article></li>'
  );
}

function renderList(title: string, articles: readonly ListedArticle[], ctx: RenderContext): string {
  // Only published articles ever reach the public list, whatever the caller passes.
  const published = articles.filter((a) => a.article.status === 'published');
  const list = published.length
    ? `<ul class="teaser-list">${published.map((a) => renderTeaser(a, ctx)).join('')}</ul>`
    : `<p class="empty-list">${pageText(ctx.siteLanguage).noArticles}</p>`;
  return `<main class="main-content list-page"><h1 class="page-title">${escapeHtml(title)}</h1>${list}</main>`;
}

/** The front page: teasers of the given published articles, in the given order. */
export function renderFrontPage(input: FrontPageInput): string {
  const { ctx } = input;
  const title = pageText(ctx.siteLanguage).latest;
  return renderDocument({ title: '', description: `${ctx.siteName}: ${title}`, bodyHtml: renderList(title, input.articles, ctx) }, ctx);
}

/** A tag's page: teasers of the given published articles under "Artikel zum Thema {tag}". */
export function renderTagPage(input: TagPageInput): string {
  const { ctx, tag } = input;
  const title = `${pageText(ctx.siteLanguage).tagTitle} ${tag}`;
  return renderDocument({ title, description: title, bodyHtml: renderList(title, input.articles, ctx) }, ctx);
}
