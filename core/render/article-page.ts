import type { Article } from '../article/article';
import type { Placement } from '../ads/placement-types';
import { renderAdSlot } from './ad-slot-html';
import { renderBodyHtml } from './body-html';
import { renderCorrections } from './corrections-html';
import type { RenderContext } from './context';
import { renderDocument } from './document';
import { escapeAttr, escapeHtml, safeSiteHref } from './escape';
import { formatPageDate, isoInstant } from './format-date';
import { pageText } from './labels';

/** What an article page is rendered from. */
export interface ArticlePageInput {
  article: Article;
  placements: readonly Placement[];
  ctx: RenderContext;
  /** When the article went live; the byline date. Defaults to article.updatedAt. */
  publishedAt?: string;
}

/** "Von {author} am {DD.MM.YYYY}" / "By {author}, {Month D, YYYY}". */
export function renderByline(author: string, when: string, ctx: RenderContext): string {
  const t = pageText(ctx.siteLanguage);
  const date = formatPageDate(when, ctx.siteLanguage, ctx.timeZone);
  const time = date ? `<time datetime="${escapeAttr(isoInstant(when))}">${escapeHtml(date)}</time>` : '';
  const name = author.trim();
  if (!name) return time ? `<p class="byline">${time}</p>` : '';
  const who = `<span class="author">${escapeHtml(name)}</span>`;
  if (!time) return `<p class="byline">${t.by} ${who}</p>`;
  return ctx.siteLanguage === 'en' ? `<p class="byline">${t.by} ${who}, ${time}</p>` : `<p class="byline">${t.by} ${who} ${t.on} ${time}</p>`;
}

/** The lead image with "Bild-Quelle: …", or '' when the article has none. */
export function renderLeadImage(article: Pick<Article, 'leadImage'>, ctx: RenderContext, className = 'lead-image'): string {
  const { mediaId, alt, credit } = article.leadImage;
  if (!mediaId) return '';
  const caption = credit.trim() ? `<figcaption class="credit">${escapeHtml(pageText(ctx.siteLanguage).imageCredit)} ${escapeHtml(credit.trim())}</figcaption>` : '';
  return `<figure class="${className}"><img src="${escapeAttr(ctx.mediaUrl(mediaId))}" alt="${escapeAttr(alt)}">${caption}</figure>`;
}

function renderTags(tags: readonly string[], ctx: RenderContext): string {
  const links = tags
    .filter((t) => t.trim())
    .map((tag) => {
      const href = safeSiteHref(ctx.tagUrl(tag));
      return href ? `<a href="${escapeAttr(href)}" rel="tag">${escapeHtml(tag)}</a>` : escapeHtml(tag);
    });
  return links.length ? `<p class="tags">${pageText(ctx.siteLanguage).tags} ${links.join(', ')}</p>` : '';
}

const adsAt = (placements: readonly Placement[], kind: Placement['position']['kind'], ctx: RenderContext): string =>
  placements
    .filter((p) => p.position.kind === kind)
    .map((p) => renderAdSlot(p, ctx.siteLanguage))
    .join('');

/** The article body: its blocks with the in-body ads where the placements put them. */
export function renderArticleBody(input: ArticlePageInput): string {
  const { article, placements, ctx } = input;
  return `<div class="article-body">${renderBodyHtml(article.body, placements, { language: ctx.siteLanguage, mediaUrl: ctx.mediaUrl })}</div>`;
}

/**
 * The <article> element (for previews): section label, headline, teaser, byline, lead image,
 * top ad, body with its ads, tags, source, end ad. Sidebar ads are left to the page layout.
 */
export function renderArticleMain(input: ArticlePageInput): string {
  const { article, placements, ctx } = input;
  const t = pageText(ctx.siteLanguage);
  const section = article.section.trim();
  const source = article.source.trim();
  const lang = article.language === 'en' ? 'en' : 'de';
  return (
    `<article class="article" lang="${lang}">` +
    '<header class="article-header">' +
    (section ? `<p class="section-label">${escapeHtml(section)}</p>` : '') +
    `<h1 class="headline">${escapeHtml(article.headline)}</h1>` +
    (article.teaser.trim() ? `<p class="teaser">${escapeHtml(article.teaser.trim())}</p>` : '') +
    renderByline(article.author, input.publishedAt ?? article.updatedAt, ctx) +
    renderLeadImage(article, ctx) +
    '</header>' +
    adsAt(placements, 'top', ctx) +
    renderArticleBody(input) +
    '<footer class="article-footer">' +
    renderCorrections(article.corrections, ctx) +
    renderTags(article.tags, ctx) +
    (source ? `<p class="source">${t.source} ${escapeHtml(source)}</p>` : '') +
    '</footer>' +
    adsAt(placements, 'end', ctx) +
    '</article>'
  );
}

/** The full HTML document of an article page, sidebar ads included. */
export function renderArticlePage(input: ArticlePageInput): string {
  const { article, placements, ctx } = input;
  const sidebar = adsAt(placements, 'sidebar', ctx);
  const bodyHtml =
    `<div class="page-layout${sidebar ? ' page-layout--with-sidebar' : ''}">` +
    `<main class="main-content">${renderArticleMain(input)}</main>` +
    (sidebar ? `<div class="sidebar">${sidebar}</div>` : '') +
    '</div>';
  return renderDocument(
    { title: article.seo.title.trim() || article.headline, description: article.seo.description.trim() || article.teaser.trim(), bodyHtml },
    ctx,
  );
}
