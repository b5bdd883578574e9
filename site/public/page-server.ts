import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SiteContext } from '../context';
import { sendPage } from './conditional';
import { createContentVersion } from './content-version';
import { etagOf, PageCache, type CachedPage } from './page-cache';

/** A freshly rendered page, or null for "not public" (404, never cached). */
export type Rendered = { html: string; validUntil: number; source?: CachedPage['source'] } | null;

export interface PageServer {
  /**
   * Serves `key` from the cache while it is right: the site's content version is unchanged (or
   * `stillCurrent` finds the page's own sources unchanged) and the clock is before the page's
   * validUntil. Otherwise renders it anew.
   */
  serve(request: FastifyRequest, reply: FastifyReply, key: string, render: (now: Date) => Promise<Rendered>, stillCurrent?: (page: CachedPage, now: Date) => Promise<boolean>): Promise<FastifyReply>;
}

function notFoundPage(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send('<!doctype html><html lang="de"><title>Nicht gefunden</title><h1>Seite nicht gefunden</h1></html>');
}

/** The render cache of one site process; writes of this process invalidate it at once, other processes' through the content version. */
export function createPageServer(app: FastifyInstance, site: SiteContext, maxBytes?: number): PageServer {
  const cache = new PageCache(maxBytes);
  const versions = createContentVersion(site.db, (err) => app.log.warn({ err }, 'page cache: listening for changes failed; reading the change counter per request'));
  app.addHook('onSend', (request, _reply, payload, done) => {
    // Every content write is a non-GET request whose transaction has committed by now.
    if (request.method !== 'GET' && request.method !== 'HEAD') versions.invalidate();
    done(null, payload);
  });
  app.addHook('onClose', async () => versions.close());

  const rendering = new Map<string, Promise<CachedPage | null>>();
  async function renderPage(key: string, now: Date, version: number, cached: CachedPage | undefined, render: (now: Date) => Promise<Rendered>): Promise<CachedPage | null> {
    const t = now.getTime();
    const rendered = await render(now);
    if (!rendered) {
      cache.delete(key);
      return null;
    }
    const body = Buffer.from(rendered.html, 'utf8');
    const etag = etagOf(body);
    const lastModified = cached?.etag === etag ? cached.lastModified : Math.floor(t / 1000) * 1000;
    const lastModifiedHttp = new Date(lastModified).toUTCString();
    const page: CachedPage = { body, etag, lastModified, lastModifiedHttp, version, computedAt: t, validUntil: rendered.validUntil, source: rendered.source };
    if (page.validUntil > t) cache.set(key, page);
    else cache.delete(key);
    return page;
  }

  return {
    async serve(request, reply, key, render, stillCurrent) {
      const now = site.clock.now();
      const t = now.getTime();
      // Read before the content, so what is rendered is at least as new as this version.
      const version = versions.known() ?? (await versions.current());
      const cached = cache.get(key);
      if (cached && cached.computedAt <= t && t < cached.validUntil) {
        if (cached.version === version) return sendPage(request, reply, cached);
        if (stillCurrent && (await stillCurrent(cached, now))) {
          cached.version = version;
          return sendPage(request, reply, cached);
        }
      }
      // Requests that miss together share one render (a new front page meets every open connection at once).
      const flight = `${version}|${key}`;
      let pending = rendering.get(flight);
      if (!pending) {
        pending = renderPage(key, now, version, cached, render);
        rendering.set(flight, pending);
        void pending.finally(() => rendering.delete(flight)).catch(() => {});
      }
      let page = await pending;
      if (page && !(page.computedAt <= t && t < Math.max(page.validUntil, page.computedAt + 1))) page = await renderPage(key, now, version, cached, render);
      if (!page) return notFoundPage(reply);
      return sendPage(request, reply, page);
    },
  };
}
