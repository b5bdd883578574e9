import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Backend } from '../backend/backend-types';
import { SECURITY_HEADERS } from '../host-common/security-headers';
import { launchTokenWeakness } from './launch-token';
import { readStatic } from './static-files';

export interface WebShellOptions {
  backend: Backend;
  token: string;
  port: number;
  /** The built renderer (build/renderer). */
  staticDir: string;
}

export const TOKEN_HEADER = 'x-copydesk-token';
/**
 * The media cookie. Browsers send a 127.0.0.1 cookie to every port of 127.0.0.1, so it must
 * never carry the launch token: it holds a media key of its own (random per server, useless
 * against /api/*), and only for /media/ paths.
 */
export const MEDIA_COOKIE = 'copydesk_media';
export const MEDIA_COOKIE_PATH = '/media/';
/** What earlier versions set (the launch token itself, for Path=/): expired on sight. */
const LEGACY_TOKEN_COOKIE = 'copydesk_token';

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: FastifyRequest, cookie: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookie) return rest.join('=');
  }
  return undefined;
}

const refusal = (code: 'UNAUTHORIZED' | 'FORBIDDEN', message: string) => ({ ok: false, error: { code, message } });

/**
 * The web shell: the same back end as the Electron app, served over HTTP on 127.0.0.1 to a
 * browser on this machine. Every contract call needs the per-launch token in a header (a
 * cookie is not enough, so another site cannot forge calls); the Host header must name the
 * loopback address, so DNS rebinding cannot reach it either. Both, and the Origin, are checked
 * when the request line and headers have arrived, before any body is read: a refused caller
 * cannot make the shell take in a 32 MB body. Media (<img src="/media/...">, which cannot send
 * a header) need the media cookie, set when the launch URL is opened.
 */
export function createWebShellServer(opts: WebShellOptions): FastifyInstance {
  const weakness = launchTokenWeakness(opts.token);
  if (weakness) throw new Error(`The launch token is too weak: ${weakness}.`);
  const mediaKey = randomBytes(32).toString('base64url');
  // forceCloseConnections: a browser's keep-alive sockets must not hold up a shutdown.
  const app = Fastify({ logger: false, bodyLimit: 32 * 1024 * 1024, forceCloseConnections: true });
  const allowedHosts = new Set([`127.0.0.1:${opts.port}`, `localhost:${opts.port}`]);

  app.addHook('onRequest', async (req, reply) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return reply.code(421).header('connection', 'close').send(refusal('FORBIDDEN', 'Wrong host.'));
    }
    reply.headers(SECURITY_HEADERS);
    // Anything that may carry a body (every contract call is a POST) is checked here, in
    // onRequest, before Fastify reads the body. "connection: close" ends the socket after the
    // refusal instead of draining whatever body the caller goes on sending.
    if (req.method === 'GET' || req.method === 'HEAD') return;
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, opts.token)) {
      return reply.code(401).header('connection', 'close').send(refusal('UNAUTHORIZED', 'Missing or wrong launch token; open the URL the web shell printed.'));
    }
    const origin = req.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return reply.code(403).header('connection', 'close').send(refusal('FORBIDDEN', 'Calls from another origin are refused.'));
    }
  });

  app.post<{ Params: { name: string } }>('/api/:name', async (req) => opts.backend.dispatch(req.params.name, req.body ?? {}));

  app.get<{ Params: { id: string } }>('/media/:id', async (req, reply) => {
    if (!sameToken(cookieValue(req, MEDIA_COOKIE), mediaKey)) return reply.code(401).send('Unauthorized');
    const file = await opts.backend.mediaFile(req.params.id);
    if (!file) return reply.code(404).send('Not found');
    reply.header('cache-control', 'private, max-age=31536000, immutable');
    return reply.type(file.mime).send(createReadStream(file.path));
  });

  app.get<{ Querystring: { token?: string } }>('/', async (req, reply) => {
    const page = await readStatic(opts.staticDir, '/index.html');
    if (!page) return reply.code(500).type('text/plain').send('The renderer is not built: run `npm run build:renderer`.');
    if (sameToken(req.query.token, opts.token)) {
      reply.header('set-cookie', [
        `${MEDIA_COOKIE}=${mediaKey}; HttpOnly; SameSite=Strict; Path=${MEDIA_COOKIE_PATH}`,
        `${LEGACY_TOKEN_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`,
      ]);
    }
    return reply.type(page.type).send(page.body);
  });
  app.get('/*', async (req, reply) => {
    const file = await readStatic(opts.staticDir, req.url);
    if (!file) return reply.code(404).type('text/plain').send('Not found');
    return reply.type(file.type).send(file.body);
  });

  return app;
}
