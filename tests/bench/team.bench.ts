import { runWhenMain, type Report } from './report';
/**
 * Team round benchmark (`npx tsx tests/bench/team.bench.ts`): one in-process reference site
 * (SQLite in a temp dir) with four people, and four real back ends (createBackend, as both hosts
 * run it, each with its own data directory and the site added with its person's token).
 * The site holds BENCH_TEAM_ARTICLES articles (default 1,000; 10,000 for the README figure) and
 * BENCH_TEAM_COMMENTS comment threads (default a tenth of the articles). After every app has
 * caught up, each runs idle rounds (`sync.now` when nothing changed): requests and time per
 * round (goal: one request), beside the baseline of the same run: the very same feed request
 * (GET /changes at the app's cursor) sent bare with fetch.
 * Requests are counted at the process's fetch, per person's token, so every call a round makes
 * (feed, account, presence, outbox) is seen.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newArticleFields } from '../../core/article/article';
import { createBackend } from '../../backend/backend';
import type { Backend } from '../../backend/backend-types';
import { createFileSecretBox } from '../../backend/storage/key-file-box';
import { addUser } from '../../site/auth/users';
import { openDatabase } from '../../site/db/connect';
import { createSiteServer } from '../../site/server';

type Role = 'editor' | 'reviewer' | 'publisher';
const PEOPLE: Array<{ name: string; role: Role }> = [
  { name: 'Anna Editor', role: 'editor' },
  { name: 'Ben Editor', role: 'editor' },
  { name: 'Clara Prüferin', role: 'reviewer' },
  { name: 'Dana Publisher', role: 'publisher' },
];
const ROUNDS = 7;
const ms = (v: number) => Math.round(v * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Counts every request this process sends to `origin`, by its Authorization header. */
function countRequests(origin: string) {
  const seen: Array<{ auth: string; call: string }> = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const request = new Request(input, init);
    if (request.url.startsWith(origin)) {
      const url = new URL(request.url);
      seen.push({ auth: request.headers.get('authorization') ?? '', call: `${request.method} ${url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}${url.search}` });
    }
    return original(input, init);
  }) as typeof fetch;
  return { seen, restore: () => void (globalThis.fetch = original) };
}

/** Runs `work` over `items` with `concurrency` at once. */
async function pool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i] as T, i);
      }
    }),
  );
}

async function must(backend: Backend, name: string, args: unknown = {}): Promise<unknown> {
  const r = await backend.dispatch(name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

export async function runTeamBench(report: Report): Promise<void> {
  const total = Number(process.env.BENCH_TEAM_ARTICLES ?? 1000);
  const threads = Number(process.env.BENCH_TEAM_COMMENTS ?? Math.round(total / 10));
  const root = await mkdtemp(path.join(os.tmpdir(), 'copydesk-team-bench-'));
  const db = await openDatabase({ sqliteDir: path.join(root, 'site') });
  const server = await createSiteServer({ db, clock: { now: () => new Date() }, schedulerIntervalMs: false });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  const apps: Array<{ name: string; role: Role; token: string; backend: Backend }> = [];
  const counter = countRequests(url);
  try {
    const people = [];
    for (const p of PEOPLE) people.push({ ...p, token: (await addUser(db.kysely, p.name, p.role, new Date())).token });
    const dana = people.find((p) => p.role === 'publisher')!;
    const clara = people.find((p) => p.role === 'reviewer')!;
    const api = async (token: string, method: string, p: string, body: unknown) => {
      const res = await fetch(`${url}/api/v1${p}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<{ article: { id: string } }>;
    };

    // The site's newsroom: `total` articles and `threads` comment threads, through its API.
    const t0 = performance.now();
    const ids: string[] = [];
    await pool(Array.from({ length: total }, (_, i) => i), 8, async (i) => {
      const fields = {
        ...newArticleFields('de', 'Politik'),
        headline: `Team-Artikel ${i}`,
        slug: `team-artikel-${i}`,
        teaser: 'Ein kurzer Teaser für den Benchmark.',
        author: 'Redaktion',
        tags: ['Politik', `Tag ${i % 20}`],
        body: { type: 'doc', content: [para(`Erster Absatz von Artikel ${i}.`), para('Zweiter Absatz mit etwas mehr Text.')] },
      };
      ids[i] = (await api(dana.token, 'POST', '/articles', { id: randomUUID(), fields })).article.id;
    });
    await pool(Array.from({ length: threads }, (_, i) => i), 8, async (i) => {
      const quote = `Erster Absatz von Artikel ${i}.`;
      await api(clara.token, 'POST', `/articles/${ids[i % ids.length]}/comments`, { id: randomUUID(), anchor: { kind: 'body', from: 1, to: 1 + quote.length, quote }, text: `Kommentar ${i}` });
    });
    const seedSeconds = (performance.now() - t0) / 1000;

    // Four apps catch up.
    const catchUp: Array<Record<string, string | number>> = [];
    for (const person of people) {
      const dataDir = path.join(root, `app-${person.role}-${apps.length}`);
      const backend = await createBackend({
        dataDir,
        host: 'web',
        version: 'bench',
        forcedLanguage: 'en',
        systemLanguage: 'en-US',
        openExternal: async () => false,
        sync: { secretBox: createFileSecretBox(dataDir) },
      });
      apps.push({ ...person, backend });
      // Adding the site starts its first rounds in the background; sync.now until every article is here.
      const t1 = performance.now();
      const before = counter.seen.length;
      await must(backend, 'sites.add', { kind: 'reference-site', url, token: person.token });
      let have = 0;
      for (let round = 0; round < 200 && have < total; round++) {
        await must(backend, 'sync.now');
        have = ((await must(backend, 'articles.list', {})) as { total: number }).total;
      }
      if (have < total) throw new Error(`${person.name}'s app has ${have} of ${total} articles after catching up`);
      const auth = `Bearer ${person.token}`;
      catchUp.push({ person: person.name, role: person.role, articles: have, requests: counter.seen.slice(before).filter((s) => s.auth === auth).length, seconds: ms((performance.now() - t1) / 1000) });
    }
    report(`team: four apps catch up with ${total} articles and ${threads} comment threads (seeding the site took ${ms(seedSeconds)} s)`, catchUp);

    // Idle rounds, each beside the same feed request sent bare.
    const rows: Array<Record<string, string | number>> = [];
    for (const app of apps) {
      const auth = `Bearer ${app.token}`;
      const times: number[] = [];
      const counts: number[] = [];
      let calls: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const before = counter.seen.length;
        const t = performance.now();
        await must(app.backend, 'sync.now');
        times.push(performance.now() - t);
        const mine = counter.seen.slice(before).filter((s) => s.auth === auth);
        counts.push(mine.length);
        calls = mine.map((s) => s.call);
      }
      const feed = calls.find((c) => c.startsWith('GET /api/v1/changes')) ?? 'GET /api/v1/changes?cursor=0';
      const bare: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const t = performance.now();
        const res = await fetch(`${url}${feed.slice('GET '.length)}`, { headers: { authorization: auth } });
        await res.arrayBuffer();
        bare.push(performance.now() - t);
      }
      rows.push({
        person: app.name,
        role: app.role,
        'requests/round (median)': median(counts),
        'requests/round (max)': Math.max(...counts),
        calls: calls.join(', '),
        'round p50 ms': ms(median(times)),
        'bare feed GET p50 ms': ms(median(bare)),
        'round / bare': ms(median(times) / Math.max(0.01, median(bare))),
      });
    }
    report(`team: an idle round when nothing changed, ${ROUNDS} rounds per app (goal: 1 request)`, rows);

    // One new comment on the site: every app's next round brings it in the same one feed request.
    await api(clara.token, 'POST', `/articles/${ids[0]}/comments`, { id: randomUUID(), anchor: { kind: 'body', from: 1, to: 10, quote: 'Erster Ab' }, text: 'Noch ein Kommentar' });
    const after: Array<Record<string, string | number>> = [];
    for (const app of apps) {
      const auth = `Bearer ${app.token}`;
      const before = counter.seen.length;
      const t = performance.now();
      const r = (await must(app.backend, 'sync.now')) as { pulled: number };
      const mine = counter.seen.slice(before).filter((x) => x.auth === auth);
      after.push({ person: app.name, role: app.role, requests: mine.length, calls: mine.map((x) => x.call).join(', '), pulled: r.pulled, ms: ms(performance.now() - t) });
    }
    report('team: the round after one new comment on the site (goal: 1 request)', after);
  } finally {
    counter.restore();
    for (const app of apps) await app.backend.close();
    await server.close();
    await db.close();
    await rm(root, { recursive: true, force: true });
  }
}

runWhenMain(import.meta.url, runTeamBench);
