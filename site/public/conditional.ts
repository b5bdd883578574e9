import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage } from './page-cache';

/**
 * Whether the client's copy is current (RFC 9110 §13.1): If-None-Match, when sent, decides
 * alone (weak comparison, as GET asks for); otherwise If-Modified-Since against the page's
 * Last-Modified.
 */
export function notModified(request: FastifyRequest, page: Pick<CachedPage, 'etag' | 'lastModified'>): boolean {
  const inm = request.headers['if-none-match'];
  if (typeof inm === 'string') {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(page.etag);
  }
  const ims = request.headers['if-modified-since'];
  if (typeof ims !== 'string') return false;
  const since = Date.parse(ims);
  return Number.isFinite(since) && page.lastModified <= since;
}

/** Sends a cached page, or 304 with its validators when the client has it. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  // no-cache: a browser may keep the page but asks each time (ads and visibility change with the clock).
  reply.header('cache-control', 'no-cache').header('etag', page.etag).header('last-modified', page.lastModifiedHttp);
  if (notModified(request, page)) return reply.code(304).send();
  return reply.type('text/html; charset=utf-8').send(page.body);
}
