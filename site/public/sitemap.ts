import type { SiteArticle } from '../articles/site-article';
import type { SiteIdentity } from '../context';
import { articlePath } from './urls';
import { escapeXml } from './xml';

/** sitemaps.org document: the front page, every given article and every given tag page path. */
export function renderSitemap(identity: SiteIdentity, articles: readonly SiteArticle[], tagPaths: readonly string[]): string {
  const url = (path: string, lastmod?: string) =>
    `<url><loc>${escapeXml(`${identity.siteUrl}${path}`)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`;
  const entries = [url('/'), ...articles.map((a) => url(articlePath(a.slug), a.updatedAt)), ...tagPaths.map((p) => url(p))];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>\n`;
}
