import type { SiteArticle } from '../articles/site-article';
import type { SiteIdentity } from '../context';
import { articlePath } from './urls';
import { escapeXml } from './xml';

/** RSS 2.0 document of the given (public) articles, newest first as given. */
export function renderRssFeed(identity: SiteIdentity, articles: readonly SiteArticle[], now: Date): string {
  const home = `${identity.siteUrl}/`;
  const items = articles.map((a) => {
    const link = `${identity.siteUrl}${articlePath(a.slug)}`;
    const categories = a.tags.map((t) => `<category>${escapeXml(t)}</category>`).join('');
    return (
      `<item><title>${escapeXml(a.headline)}</title><link>${escapeXml(link)}</link>` +
      `<guid isPermaLink="true">${escapeXml(link)}</guid><pubDate>${new Date(a.publishedAt ?? a.updatedAt).toUTCString()}</pubDate>` +
      `<description>${escapeXml(a.teaser)}</description>${categories}</item>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>' +
    `<title>${escapeXml(identity.siteName)}</title><link>${escapeXml(home)}</link>` +
    `<description>${escapeXml(identity.siteName)}</description><language>${escapeXml(identity.siteLanguage)}</language>` +
    `<lastBuildDate>${now.toUTCString()}</lastBuildDate>` +
    `<atom:link href="${escapeXml(`${identity.siteUrl}/feed.xml`)}" rel="self" type="application/rss+xml"/>` +
    `${items.join('')}</channel></rss>\n`
  );
}
