import { describe, expect, it } from 'vitest';
import type { SiteArticle } from '../../../../site/articles/site-article';
import { renderRssFeed } from '../../../../site/public/feed';
import { renderSitemap } from '../../../../site/public/sitemap';

const identity = { siteName: 'Hafen & Stadt', siteUrl: 'https://news.example', siteLanguage: 'de', timeZone: 'Europe/Berlin' };
const article = (over: Partial<SiteArticle>): SiteArticle =>
  ({ headline: 'H', teaser: 'T', slug: 's', tags: [], publishedAt: '2026-03-10T10:00:00.000Z', updatedAt: '2026-03-10T11:00:00.000Z', ...over }) as SiteArticle;

describe('RSS feed', () => {
  it('lists each article with absolute link, guid, RFC 822 date, HTML text in title and description and plain-text categories', () => {
    const xml = renderRssFeed(identity, [article({ headline: 'Tom & Jerry <live>', teaser: 'a "b"\u0007', slug: 'tom-jerry', tags: ['Kino', 'Kunst & <Kultur>'] })], new Date('2026-03-10T12:00:00Z'));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    // Readers decode title and description as HTML: the text is HTML-escaped, then XML-escaped.
    expect(xml).toContain('<title>Hafen &amp;amp; Stadt</title>');
    expect(xml).toContain('<item><title>Tom &amp;amp; Jerry &amp;lt;live&amp;gt;</title><link>https://news.example/artikel/tom-jerry</link>');
    expect(xml).toContain('<guid isPermaLink="true">https://news.example/artikel/tom-jerry</guid>');
    expect(xml).toContain('<pubDate>Tue, 10 Mar 2026 10:00:00 GMT</pubDate>');
    expect(xml).toContain('<description>a &amp;quot;b&amp;quot;</description>');
    // A category is plain text to readers: XML-escaped once.
    expect(xml).toContain('<category>Kino</category><category>Kunst &amp; &lt;Kultur&gt;</category>');
  });
});

describe('sitemap', () => {
  it('lists the front page, each article with its last change, and each tag page', () => {
    const xml = renderSitemap(identity, [article({ slug: 'eins' })], ['/tag/kino']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://news.example/</loc></url>');
    expect(xml).toContain('<url><loc>https://news.example/artikel/eins</loc><lastmod>2026-03-10T11:00:00.000Z</lastmod></url>');
    expect(xml).toContain('<url><loc>https://news.example/tag/kino</loc></url>');
  });
});
