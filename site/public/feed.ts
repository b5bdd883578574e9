import type { SiteArticle } from '../articles/site-article';
import type { SiteIdentity } from '../context';
import { articlePath } from './urls';
import { escapeFeedText, escapeXml } from './xml';

/**
 * RSS 2.0 document of the given (public) articles, newest first as given. Titles and descriptions
 * are HTML text (readers render them as HTML); categories are plain text (readers show them as is).
 * Every absolute link starts with the configured site URL, never with the request's Host.
 */
export function renderRssFeed(identity: SiteIdentity, articles: readonly SiteArticle[], now: Date): string {
  const home = `${identity.siteUrl}/`;
  const items = articles.map((a) => {
    const link = `${identity.siteUrl}${articlePath(a.slug)}`;
    const categories = a.tags.map((t) => `<category>${escapeXml(t)}</category>`).join('');
    return (
      `<item><title>${escapeFeedText(a.headline)}</title><link>${escapeXml(link)}</link>` +
      `<guid isPermaLink="true">${escapeXml(link)}</guid><pubDate>${new Date(a.publishedAt ?? a.updatedAt).toUTCString()}</pubDate>` +
      `<description>${escapeFeedText(a.teaser)}</description>${categories}</item>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeFeedText(identity.siteName)}</title><link>${escapeXml(home)}</link>` +
    `<description>${escapeFeedText(identity.siteName)}</description><language>${escapeXml(identity.siteLanguage)}</language>` +
    `<lastBuildDate>${now.toUTCString()}</lastBuildDate>` +
    `<atom:link href="${escapeXml(`${identity.siteUrl}/feed.xml`)}" rel="self" type="application/rss+xml"/>` +
    `${items.join('')}</channel></rss>\n`
  );
}
