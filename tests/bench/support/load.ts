import { Worker } from 'node:worker_threads';

/** What a load run measured. */
export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytesPerResponse: number;
}

// The load runs on its own thread (its own event loop), so the server's loop is not also the client's.
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const http = require('node:http');
const { urls, connections, seconds } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const times = [];
let errors = 0, bytes = 0, i = 0;
const one = (url) => new Promise((resolve) => {
  const t0 = performance.now();
  http.get(url, { agent }, (res) => {
    let n = 0;
    res.on('data', (c) => { n += c.length; });
    res.on('end', () => { if (res.statusCode !== 200) errors++; bytes = n; times.push(performance.now() - t0); resolve(); });
  }).on('error', () => { errors++; resolve(); });
});
(async () => {
  const until = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) await one(urls[i++ % urls.length]);
  }));
  agent.destroy();
  parentPort.postMessage({ times: Float64Array.from(times), errors, bytes });
})();
`;

const at = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
const ms = (v: number) => Math.round(v * 100) / 100;

/** GETs `urls` round-robin over `connections` keep-alive connections for `seconds`: req/s, p50 and p99 in ms. */
export function runLoad(urls: readonly string[], connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { urls, connections, seconds } });
    worker.once('error', reject);
    worker.once('message', (m: { times: Float64Array; errors: number; bytes: number }) => {
      const sorted = m.times.sort();
      resolve({ requests: sorted.length, rps: Math.round(sorted.length / seconds), p50: ms(at(sorted, 0.5)), p99: ms(at(sorted, 0.99)), errors: m.errors, bytesPerResponse: m.bytes });
      void worker.terminate();
    });
  });
}
