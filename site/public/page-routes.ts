import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { slugify } from '../../core/article/slug';
import { renderArticlePage, renderFrontPage, renderTagPage } from '../../core/render/index';
import { getPublicArticleBySlug, listPublicArticles, listPublicArticlesByTag } from '../articles/public-queries';
import type { SiteArticle } from '../articles/site-article';
import type { SiteContext } from '../context';
import { adInventoryVersion, articleStamp } from './article-stamp';
import { createPageServer, type Rendered } from './page-server';
import { listValidUntil, nextNewYear } from './page-validity';
import { placementsFor } from './placements';
import { renderContextFor } from './render-context';
import { articlePath } from './urls';

/** How many teasers the front page and a tag page show. */
export const LIST_PAGE_SIZE = 30;

const slugParams = z.object({ slug: z.string().min(1).max(100) });

const listed = (articles: readonly SiteArticle[]) => articles.map((article) => ({ article, url: articlePath(article.slug), publishedAt: article.publishedAt ?? undefined }));

/**
 * GET /, /artikel/:slug and /tag/:slug: public pages from core's renderer, through the render
 * cache (page-server.ts) with ETag and Last-Modified; anything not public is 404.
 */
export function registerPageRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;
  const pages = createPageServer(app, site);

  app.get('/', async (request, reply) =>
    pages.serve(request, reply, 'front', async (now): Promise<Rendered> => {
      const validUntil = await listValidUntil(db, now);
      const articles = await listPublicArticles(db, now, LIST_PAGE_SIZE);
      return { html: renderFrontPage({ articles: listed(articles), ctx: renderContextFor(site.identity, now) }), validUntil };
    }),
  );

  app.get('/artikel/:slug', async (request, reply) => {
    const params = slugParams.safeParse(request.params);
    const slug = params.success ? params.data.slug : '';
    const renderArticle = async (now: Date): Promise<Rendered> => {
      if (!slug) return null;
      // Stamps first: a change landing while rendering makes the stamp older than the page, never newer.
      const [stamp, adVersion] = await Promise.all([articleStamp(db, slug, now), adInventoryVersion(db)]);
      const article = await getPublicArticleBySlug(db, slug, now);
      if (!article || !stamp) return null;
      const ads = await placementsFor(db, article, now, site.identity.timeZone);
      const expiry = article.schedule.expireAt ? Date.parse(article.schedule.expireAt) : Infinity;
      const html = renderArticlePage({ article, placements: ads.placements, ctx: renderContextFor(site.identity, now), publishedAt: article.publishedAt ?? undefined });
      // A slug that moved to another article between the two reads: serve, but do not keep.
      const validUntil = stamp.id === article.id ? Math.min(ads.validUntil, expiry, nextNewYear(now)) : now.getTime();
      return { html, validUntil, source: { articleId: stamp.id, rev: stamp.rev, adVersion } };
    };
    // Another change on the site (another article, a comment) leaves this page as it is.
    const sameSources = async (page: { source?: { articleId: string; rev: number; adVersion: number } }, now: Date): Promise<boolean> => {
      const [stamp, adVersion] = await Promise.all([articleStamp(db, slug, now), adInventoryVersion(db)]);
      return !!page.source && stamp?.id === page.source.articleId && stamp.rev === page.source.rev && adVersion === page.source.adVersion;
    };
    return pages.serve(request, reply, `article:${slug}`, renderArticle, sameSources);
  });

  app.get('/tag/:slug', async (request, reply) => {
    const params = slugParams.safeParse(request.params);
    const slug = params.success ? params.data.slug : '';
    return pages.serve(request, reply, `tag:${slug}`, async (now): Promise<Rendered> => {
      if (!slug) return null;
      const validUntil = await listValidUntil(db, now);
      const articles = await listPublicArticlesByTag(db, slug, now, LIST_PAGE_SIZE);
      // A tag used only by unpublished articles does not exist in public.
      const first = articles[0];
      if (!first) return null;
      const tag = first.tags.find((t) => slugify(t) === slug) ?? slug;
      return { html: renderTagPage({ tag, articles: listed(articles), ctx: renderContextFor(site.identity, now) }), validUntil };
    });
  });
}
