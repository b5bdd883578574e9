import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { seededRandom } from '../../../../../core/ads/seeded-random';

export { seededRandom };


export type Fault = 'pass' | 'drop-request' | 'drop-response' | 'delay' | 'reset' | 'error-500' | 'twice';

export interface FaultProxy {
  url: string;
  /** Faults applied so far, by kind. */
  counts: Record<Fault, number>;
  /** Turns faults on (with the given rate of faulty requests) or off. */
  setFaultRate(rate: number): void;
  /** Answers every request with a refused connection (the site is "down"). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

const FAULTS: Fault[] = ['drop-request', 'drop-response', 'delay', 'reset', 'error-500', 'twice'];

/**
 * A tiny HTTP proxy on 127.0.0.1 in front of `targetUrl` that, driven by a seeded PRNG, drops
 * requests (before or after the server saw them), delays them, resets the connection, answers
 * 500 itself, or sends a request to the server twice.
 */
export async function startFaultProxy(targetUrl: string, seed: number, faultRate = 0.3): Promise<FaultProxy> {
  const random = seededRandom(seed);
  const target = new URL(targetUrl);
  const counts = Object.fromEntries(['pass', ...FAULTS].map((f) => [f, 0])) as Record<Fault, number>;
  let rate = faultRate;
  let down = false;

  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      out.on('error', reject);
      out.end(body);
    });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        if (down) {
          req.socket.destroy();
          return;
        }
        const fault: Fault = random() < rate ? FAULTS[Math.floor(random() * FAULTS.length)]! : 'pass';
        counts[fault]++;
        try {
          if (fault === 'drop-request' || fault === 'reset') {
            req.socket.destroy();
            return;
          }
          if (fault === 'error-500') {
            res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'INTERNAL', message: 'proxy fault' } }));
            return;
          }
          if (fault === 'delay') await new Promise((r) => setTimeout(r, 5 + Math.floor(random() * 40)));
          if (fault === 'twice') await forward(req, body);
          const answer = await forward(req, body);
          if (fault === 'drop-response') {
            req.socket.destroy();
            return;
          }
          const headers = { ...answer.headers };
          delete headers['transfer-encoding'];
          delete headers.connection;
          res.writeHead(answer.status, headers as Record<string, string>).end(answer.body);
        } catch {
          req.socket.destroy();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    counts,
    setFaultRate: (r) => {
      rate = r;
    },
    setDown: (d) => {
      down = d;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
