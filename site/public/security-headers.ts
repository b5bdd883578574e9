import type { FastifyInstance } from 'fastify';
import { pageCsp } from '../../core/render/document';
import { THEME_CSS_PATH } from './render-context';

/**
 * Pages: the renderer's own policy (no scripts at all; the ad boxes need inline style
 * attributes), plus what only a header can say: nobody may frame the site.
 */
export const PAGE_CSP = `${pageCsp({ themeCssHref: THEME_CSS_PATH })}; frame-ancestors 'none'`;
/** Everything else (JSON, XML, images, CSS) may load nothing and be framed by nobody. */
export const STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Adds the security headers to every response of the site, API included. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    reply.header('content-security-policy', type.startsWith('text/html') ? PAGE_CSP : STRICT_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });
}
