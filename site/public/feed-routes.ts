import type { FastifyInstance } from 'fastify';
import { listPublicArticles, listTags } from '../articles/public-queries';
import type { SiteContext } from '../context';
import { renderRssFeed } from './feed';
import { renderSitemap } from './sitemap';
import { tagPath } from './urls';

/** Items in the RSS feed. */
export const FEED_SIZE = 50;
/** Articles in the sitemap (the sitemaps.org limit is 50,000 URLs per file). */
export const SITEMAP_SIZE = 45_000;

/** GET /feed.xml (RSS 2.0) and /sitemap.xml, both from public articles only, and /robots.txt pointing at the sitemap. */
export function registerFeedRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;

  app.get('/feed.xml', async (_request, reply) => {
    const now = site.clock.now();
    const articles = await listPublicArticles(db, now, FEED_SIZE);
    return reply.type('application/rss+xml; charset=utf-8').header('cache-control', 'no-cache').send(renderRssFeed(site.identity, articles, now));
  });

  app.get('/sitemap.xml', async (_request, reply) => {
    const now = site.clock.now();
    const [articles, tags] = await Promise.all([listPublicArticles(db, now, SITEMAP_SIZE), listTags(db, now, true)]);
    const xml = renderSitemap(site.identity, articles, tags.map((t) => tagPath(t.name)));
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'no-cache').send(xml);
  });

  app.get('/robots.txt', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(`User-agent: *\nDisallow: /api/\nSitemap: ${site.identity.siteUrl}/sitemap.xml\n`),
  );
}
