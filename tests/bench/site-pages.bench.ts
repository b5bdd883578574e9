/**
 * Site pages benchmark (`npx tsx tests/bench/site-pages.bench.ts`): the reference site with
 * COPYDESK_BENCH_SCALE published articles (default 10,000; the README's table is at 100,000) on
 * PostgreSQL (DATABASE_URL or COPYDESK_BENCH_PG_URL; SQLite, said so, without one), 64
 * keep-alive connections: article pages (a hot set of 1,000 slugs, through the render cache)
 * and the front page against a static file of the same size from the same Fastify instance.
 * BENCH_SITE_SECONDS sets each run's length (default 5).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseTarget } from '../../site/db/connect';
import { createSiteServer } from '../../site/server';
import { runWhenMain, type Report } from './report';
import { runLoad, type LoadResult } from './support/load';
import { seedSite } from './support/seed-site';

const CONNECTIONS = 64;
const ROUNDS = 5;

async function pgDatabase(url: string): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  const name = `copydesk_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { target: { postgresUrl: u.toString() }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function runSitePagesBench(report: Report): Promise<void> {
  const scale = Number(process.env.COPYDESK_BENCH_SCALE ?? 10_000);
  const seconds = Number(process.env.BENCH_SITE_SECONDS ?? 5);
  const pgUrl = process.env.COPYDESK_BENCH_PG_URL || process.env.DATABASE_URL || '';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-site-bench-'));
  const database = pgUrl ? await pgDatabase(pgUrl) : { target: { sqliteDir: dir } as DatabaseTarget, drop: async () => {} };
  if (!pgUrl) console.warn('site pages bench: no DATABASE_URL / COPYDESK_BENCH_PG_URL, so on SQLite (eval "$(bash tests/support/postgres/pg-up.sh)" for PostgreSQL)');
  const db = await openDatabase(database.target);
  try {
    const server = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false });
    let staticBytes = Buffer.alloc(0);
    server.get('/bench-static.html', async (_request, reply) => reply.type('text/html; charset=utf-8').send(staticBytes));
    await server.listen({ host: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
    const t0 = performance.now();
    await seedSite(server, db.kysely, scale);
    const seedSeconds = (performance.now() - t0) / 1000;

    const hotCount = Math.min(1000, scale - 1);
    const hot = Array.from({ length: hotCount }, (_, k) => `${origin}/artikel/bench-artikel-${Math.floor((k * (scale - 1)) / hotCount)}`);
    const cold: number[] = [];
    for (const url of hot) {
      const t = performance.now();
      const res = await fetch(url);
      const body = await res.arrayBuffer();
      cold.push(performance.now() - t);
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      if (staticBytes.length === 0) staticBytes = Buffer.from(body);
    }
    cold.sort((a, b) => a - b);

    await runLoad(hot, CONNECTIONS, 1); // warm-up of both paths
    await runLoad([`${origin}/bench-static.html`], CONNECTIONS, 1);
    // Interleaved rounds: the machine's other load falls on both alike; the verdict is the median round.
    const rounds: Array<{ page: LoadResult; file: LoadResult }> = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push({ page: await runLoad(hot, CONNECTIONS, seconds), file: await runLoad([`${origin}/bench-static.html`], CONNECTIONS, seconds) });
    const median = [...rounds].sort((a, b) => a.page.rps / a.file.rps - b.page.rps / b.file.rps)[Math.floor(ROUNDS / 2)]!;
    const front = await runLoad([`${origin}/`], CONNECTIONS, seconds);
    const row = (what: string, r: LoadResult) => ({ what, 'req/s': r.rps, p50_ms: r.p50, p99_ms: r.p99, bytes: r.bytesPerResponse, errors: r.errors });
    const ratio = (what: string, a: LoadResult, b: LoadResult) => ({ what, 'req/s': `${(a.rps / b.rps).toFixed(2)}x`, p50_ms: `${(b.p50 / a.p50).toFixed(2)}x`, p99_ms: `${(b.p99 / a.p99).toFixed(2)}x`, bytes: '', errors: '' });
    report(`site pages on ${pgUrl ? 'PostgreSQL' : 'SQLite'} with ${scale.toLocaleString('en')} published articles, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${seconds} s (median round shown; seeding took ${seedSeconds.toFixed(1)} s; a first render, before the cache, p50 ${cold[Math.floor(cold.length / 2)]?.toFixed(2)} ms)`, [
      row(`article pages (${hot.length} slugs, cached)`, median.page),
      row('static file, same size, same server', median.file),
      ratio('article / static (goal ≥ 0.9x; latency as static / article)', median.page, median.file),
      { what: 'ratio of req/s in each round', 'req/s': rounds.map((r) => (r.page.rps / r.file.rps).toFixed(2)).join(' / '), p50_ms: '', p99_ms: '', bytes: '', errors: '' },
      row('front page (cached)', front),
    ]);
    await server.close();
  } finally {
    await db.close();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, runSitePagesBench);
