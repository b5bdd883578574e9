import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** The ways the hostile site misbehaves (see answerBadly), and 'proxy': behave, by forwarding to a real site. */
export const BAD_MODES = ['garbage-json', 'random-bytes', 'html-200', 'html-502', 'endless-body', 'silent', 'redirect-301', 'redirect-302', 'redirect-307', 'redirect-308', 'huge'] as const;
export type BadMode = (typeof BAD_MODES)[number];

/** The hostile site, and the hosts its redirects point to (recording every request they get). */
export interface HostileSite {
  url: string;
  setMode(mode: BadMode | 'proxy', proxyTo?: string): void;
  /** Requests the redirect targets received, with their headers. */
  elsewhere: Array<{ url: string; headers: IncomingMessage['headers'] }>;
  /** Bytes the last 'huge' answer managed to send before the client hung up. */
  hugeBytesSent: number;
  close(): Promise<void>;
}

const WP_INDEX = JSON.stringify({ name: 'Hostile', namespaces: ['oembed/1.0', 'wp/v2'] });
const HTML = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><hr>nginx</body></html>';
const HUGE_BYTES = 100 * 1024 * 1024;

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as { port: number }).port;
}

/**
 * A local HTTP server (127.0.0.1, port 0) that answers every request badly in the current mode.
 * The WordPress REST index (/wp-json/) is always served correctly, so the WordPress target gets
 * as far as its authenticated requests. Redirects point to 127.0.0.2 or to another port.
 */
export async function startHostileSite(): Promise<HostileSite> {
  let mode: BadMode | 'proxy' = 'garbage-json';
  let proxyTo = '';
  const elsewhere: HostileSite['elsewhere'] = [];
  const record = (req: IncomingMessage, res: ServerResponse) => {
    elsewhere.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"stolen":true}');
  };
  const farHost = createServer(record);
  const farPort = createServer(record);
  const far = [`http://127.0.0.2:${await listen(farHost, '127.0.0.2')}`, `http://127.0.0.1:${await listen(farPort, '127.0.0.1')}`];

  const site: HostileSite = { url: '', elsewhere, hugeBytesSent: 0, setMode: (m, to = '') => ((mode = m), (proxyTo = to)), close: async () => undefined };

  const answerBadly = (req: IncomingMessage, res: ServerResponse) => {
    if (mode === 'silent') return; // accepted, never answered
    if (mode === 'garbage-json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"article": [[[');
    if (mode === 'random-bytes') return res.writeHead(200, { 'content-type': 'application/json' }).end(randomBytes(4096));
    if (mode === 'html-200' || mode === 'html-502') return res.writeHead(mode === 'html-200' ? 200 : 502, { 'content-type': 'text/html' }).end(HTML);
    if (mode === 'endless-body') return void res.writeHead(200, { 'content-type': 'application/json' }).write('{"arti');
    if (mode.startsWith('redirect-')) {
      const status = Number(mode.slice(-3));
      return res.writeHead(status, { location: `${far[status % 2]}${req.url ?? '/'}` }).end();
    }
    // huge: 100 MB of a JSON string, streamed with backpressure, until the client hangs up.
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    res.write('{"articles":["');
    site.hugeBytesSent = 0;
    const pump = () => {
      while (site.hugeBytesSent < HUGE_BYTES && !res.destroyed) {
        site.hugeBytesSent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end('"]}');
    };
    pump();
  };

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const to = new URL(proxyTo);
    const out = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  };

  const server = createServer((req, res) => {
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    if (mode === 'proxy') return forward(req, res);
    if (/^\/wp-json\/?$/.test(req.url ?? '') || req.url === '/?rest_route=/') return res.writeHead(200, { 'content-type': 'application/json' }).end(WP_INDEX);
    req.resume();
    answerBadly(req, res);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  site.url = `http://127.0.0.1:${await listen(server, '127.0.0.1')}`;
  site.close = async () => {
    for (const s of [server, farHost, farPort]) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  };
  return site;
}
