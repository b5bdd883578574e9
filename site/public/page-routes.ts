import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { slugify } from '../../core/article/slug';
import { renderArticlePage, renderFrontPage, renderTagPage } from '../../core/render/index';
import { getPublicArticleBySlug, listPublicArticles, listPublicArticlesByTag } from '../articles/public-queries';
import type { SiteArticle } from '../articles/site-article';
import type { SiteContext } from '../context';
import { placementsFor } from './placements';
import { renderContextFor } from './render-context';
import { articlePath } from './urls';

/** How many teasers the front page and a tag page show. */
export const LIST_PAGE_SIZE = 30;

const slugParams = z.object({ slug: z.string().min(1).max(100) });

const listed = (articles: readonly SiteArticle[]) => articles.map((article) => ({ article, url: articlePath(article.slug), publishedAt: article.publishedAt ?? undefined }));

function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  // Ads and visibility change with the clock, so every view is fresh.
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
}

function notFoundPage(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/html; charset=utf-8').send('<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1></html>');
}

/** GET /, /artikel/:slug and /tag/:slug: public pages from core's renderer; anything not public is 404. */
export function registerPageRoutes(app: FastifyInstance, site: SiteContext): void {
  const db = site.db.kysely;

  app.get('/', async (_request, reply) => {
    const now = site.clock.now();
    const articles = await listPublicArticles(db, now, LIST_PAGE_SIZE);
    return sendHtml(reply, renderFrontPage({ articles: listed(articles), ctx: renderContextFor(site.identity, now) }));
  });

  app.get('/artikel/:slug', async (request, reply) => {
    const params = slugParams.safeParse(request.params);
    const now = site.clock.now();
    const article = params.success ? await getPublicArticleBySlug(db, params.data.slug, now) : null;
    if (!article) return notFoundPage(reply);
    const placements = await placementsFor(db, article, now, site.identity.timeZone);
    const html = renderArticlePage({ article, placements, ctx: renderContextFor(site.identity, now), publishedAt: article.publishedAt ?? undefined });
    return sendHtml(reply, html);
  });

  app.get('/tag/:slug', async (request, reply) => {
    const params = slugParams.safeParse(request.params);
    const now = site.clock.now();
    const articles = params.success ? await listPublicArticlesByTag(db, params.data.slug, now, LIST_PAGE_SIZE) : [];
    // A tag used only by unpublished articles does not exist in public.
    const first = articles[0];
    if (!params.success || !first) return notFoundPage(reply);
    const tag = first.tags.find((t) => slugify(t) === params.data.slug) ?? params.data.slug;
    return sendHtml(reply, renderTagPage({ tag, articles: listed(articles), ctx: renderContextFor(site.identity, now) }));
  });
}
