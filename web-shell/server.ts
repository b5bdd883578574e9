import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Backend } from '../backend/backend-types';
import { SECURITY_HEADERS } from '../host-common/security-headers';
import { readStatic } from './static-files';

export interface WebShellOptions {
  backend: Backend;
  token: string;
  port: number;
  /** The built renderer (build/renderer). */
  staticDir: string;
}

export const TOKEN_HEADER = 'x-copydesk-token';
const TOKEN_COOKIE = 'copydesk_token';

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

/**
 * The web shell: the same back end as the Electron app, served over HTTP on 127.0.0.1 to a
 * browser on this machine. Every contract call needs the per-launch token in a header (a
 * cookie is not enough, so another site cannot forge calls); the Host header must name the
 * loopback address, so DNS rebinding cannot reach it either.
 */
export function createWebShellServer(opts: WebShellOptions): FastifyInstance {
  // forceCloseConnections: a browser's keep-alive sockets must not hold up a shutdown.
  const app = Fastify({ logger: false, bodyLimit: 32 * 1024 * 1024, forceCloseConnections: true });
  const allowedHosts = new Set([`127.0.0.1:${opts.port}`, `localhost:${opts.port}`]);

  app.addHook('onRequest', async (req, reply) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return reply.code(421).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Wrong host.' } });
    }
    reply.headers(SECURITY_HEADERS);
  });

  app.post<{ Params: { name: string } }>('/api/:name', async (req, reply) => {
    if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, opts.token)) {
      return reply.code(401).send({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Missing or wrong launch token; open the URL the web shell printed.' } });
    }
    const origin = req.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Calls from another origin are refused.' } });
    }
    return opts.backend.dispatch(req.params.name, req.body ?? {});
  });

  app.get<{ Params: { id: string } }>('/media/:id', async (req, reply) => {
    if (!sameToken(cookieToken(req), opts.token)) return reply.code(401).send('Unauthorized');
    const file = await opts.backend.mediaFile(req.params.id);
    if (!file) return reply.code(404).send('Not found');
    reply.header('cache-control', 'private, max-age=31536000, immutable');
    return reply.type(file.mime).send(createReadStream(file.path));
  });

  app.get<{ Querystring: { token?: string } }>('/', async (req, reply) => {
    const page = await readStatic(opts.staticDir, '/index.html');
    if (!page) return reply.code(500).type('text/plain').send('The renderer is not built: run `npm run build:renderer`.');
    if (sameToken(req.query.token, opts.token)) {
      reply.header('set-cookie', `${TOKEN_COOKIE}=${opts.token}; HttpOnly; SameSite=Strict; Path=/`);
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
