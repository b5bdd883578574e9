import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFieldsSchema } from '../../../../../core/article/article';
import { editorFieldsOf } from '../../../../../core/article/fields';
import { seededRandom } from '../../../../../core/ads/seeded-random';
import { createArticleService } from '../../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../../backend/articles/search-index';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { conflictCopySchema, metaFileSchema, outboxFileSchema, shardFileSchema } from '../../../../../backend/sync/sync-state';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { contentHash } from '../../storage/content-hash';
import { startTestSite, type TestSite } from '../support';

const KILLS = 200;
const SEED = Number(process.env.COPYDESK_CRASH_SEED ?? 20261130);
/** As in sync-crash-child.ts: <dataDir>/sync/crash, and the hash of the two fields the app writes. */
const SYNC_SITE_ID = 'crash';
const appHash = (a: { headline: string; body: unknown }) => contentHash({ headline: a.headline, body: a.body });
/** Equal content, whatever the key order. */
const same = (a: unknown, b: unknown) => contentHash(a) === contentHash(b);
const markerOf = (headline: string) => /^\[([^\]]+)\]/.exec(headline)?.[1] ?? null;
const counterOf = (headline: string) => Number(/ Fassung (\d+)$/.exec(headline)?.[1] ?? NaN);

interface Ack {
  id: string;
  rev: number;
  hash: string;
  n: number;
  marker: string;
  run: number;
}
interface RunLog {
  acks: Ack[];
  saw: Array<{ id: string; headline: string }>;
  syncs: number;
  stderr: string;
}

interface Child {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(script: string, dataDir: string, site: TestSite): Child {
  const child = spawn(process.execPath, [script, dataDir, site.url, site.tokens.editor], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited };
}

/** Lets the child open the store and sync, SIGKILLs it `killAfterMs` after its first ACK; returns what it printed. */
async function runAndKill({ child, exited }: Child, run: number, killAfterMs: number): Promise<RunLog> {
  const log: RunLog = { acks: [], saw: [], syncs: 0, stderr: '' };
  let buffered = '';
  let killTimer: NodeJS.Timeout | null = null;
  const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? ''; // a line cut by the kill was never printed whole: not counted
    for (const line of lines) {
      const [tag, ...rest] = line.split(' ');
      if (tag === 'ACK' && rest.length === 5) {
        const [id, rev, hash, n, marker] = rest as [string, string, string, string, string];
        log.acks.push({ id, rev: Number(rev), hash, n: Number(n), marker, run });
      } else if (tag === 'SAW' && rest.length >= 2) log.saw.push({ id: rest[0]!, headline: rest.slice(1).join(' ') });
      else if (tag === 'SYNCED') log.syncs++;
    }
    if (log.acks.length > 0 && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log.stderr += chunk));
  child.stdin.write(`go ${run}\n`);
  const { code, signal } = await exited;
  clearTimeout(guard);
  if (killTimer) clearTimeout(killTimer);
  if (signal === 'SIGKILL' && log.acks.length > 0) return log;
  throw new Error(`run ${run}: child ended with code ${code}, signal ${signal}, ${log.acks.length} ACKs: ${log.stderr.slice(0, 3000)}`);
}

/** Every sync file (and its .bak) that is there must parse against its schema; returns what does not. */
async function unparsableSyncFiles(dir: string, withArticleFiles: boolean): Promise<string[]> {
  const bad: string[] = [];
  const check = async (file: string, schema: z.ZodTypeAny) => {
    for (const candidate of [file, `${file}.bak`]) {
      let text: string;
      try {
        text = await readFile(candidate, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      try {
        if (!schema.safeParse(JSON.parse(text)).success) bad.push(`${path.relative(dir, candidate)}: schema`);
      } catch {
        bad.push(`${path.relative(dir, candidate)}: ${text.length} bytes, not JSON`);
      }
    }
  };
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name === 'state.json') await check(path.join(dir, name), metaFileSchema);
    else if (/^state-[0-9a-f]\.json$/.test(name)) await check(path.join(dir, name), shardFileSchema);
    else if (name === 'outbox.json') await check(path.join(dir, name), outboxFileSchema);
  }
  if (withArticleFiles) {
    for (const [kind, schema] of [['base', articleFieldsSchema], ['attempt', articleFieldsSchema], ['remote', conflictCopySchema]] as const) {
      for (const name of await readdir(path.join(dir, kind)).catch(() => [] as string[])) {
        if (name.endsWith('.json')) await check(path.join(dir, kind, name), schema);
      }
    }
  }
  return bad;
}

/** Records that point at a file that is not there: a conflict without the site's copy, a create without its base. */
async function danglingRecords(dir: string): Promise<string[]> {
  const out: string[] = [];
  const exists = (f: string) => readFile(f).then(() => true, () => false);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/^state-[0-9a-f]\.json$/.test(name)) continue;
    const shard = shardFileSchema.safeParse(JSON.parse(await readFile(path.join(dir, name), 'utf8')));
    if (!shard.success) continue;
    for (const [id, st] of Object.entries(shard.data.articles)) {
      if (st.state === 'conflict' && !(await exists(path.join(dir, 'remote', `${id}.json`)))) out.push(`${id}: conflict without remote copy`);
      if (st.creating && !st.remoteRev && !(await exists(path.join(dir, 'base', `${id}.json`)))) out.push(`${id}: create without base`);
    }
  }
  return out;
}

let site: TestSite;
let workDir: string;
let script: string;

beforeAll(async () => {
  site = await startTestSite();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-sync-crash-'));
  script = path.join(workDir, 'sync-crash-child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./sync-crash-child.ts', import.meta.url))],
    bundle: true,
    minify: true, // less to parse: the child starts 200 times
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'silent',
    // CommonJS dependencies bundled into ESM still call require() for node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
});
afterAll(async () => {
  await site.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('sync engine crash safety', () => {
  it(`keeps outbox, bases and sync state consistent through ${KILLS} SIGKILLs during push and pull`, { timeout: 240_000 }, async () => {
    const started = Date.now();
    const dataDir = path.join(workDir, 'data');
    const syncDir = path.join(dataDir, 'sync', SYNC_SITE_ID);
    const random = seededRandom(SEED);
    const highest = new Map<string, Ack>();
    const ackedHash = new Map<string, string>(); // "id@rev" -> hash
    const problems: string[] = [];
    const lost: string[] = [];
    const doubled: string[] = [];
    /** The parent's last write per article of `source` and `tags` (fields the app never edits). */
    const remoteSource = new Map<string, string>();
    const remoteTags = new Map<string, string[]>();
    /** The parent's last headline per article (the app edits it too: merged or kept as a conflict). */
    const remoteHeadline = new Map<string, { headline: string; run: number; saw: boolean }>();
    let localEdits = 0;
    let remoteEdits = 0;
    let syncs = 0;

    let next = startChild(script, dataDir, site);
    for (let run = 0; run < KILLS; run++) {
      const current = next;
      next = startChild(script, dataDir, site); // waits for "go", after `current` is dead
      const log = await runAndKill(current, run, 5 + Math.floor(random() * 196)).catch((err: unknown) => {
        next.child.kill('SIGKILL');
        throw err;
      });
      if (/not a valid sync file|damaged/i.test(log.stderr)) problems.push(`run ${run}: ${log.stderr.slice(0, 500)}`);
      syncs += log.syncs;
      localEdits += log.acks.length;
      for (const ack of log.acks) {
        const key = `${ack.id}@${ack.rev}`;
        const earlier = ackedHash.get(key);
        // The same revision acknowledged twice with different content: an acknowledged save was lost.
        if (earlier && earlier !== ack.hash) lost.push(`${key} acked twice with different content (run ${run})`);
        ackedHash.set(key, ack.hash);
        if ((highest.get(ack.id)?.rev ?? -1) < ack.rev) highest.set(ack.id, ack);
      }
      for (const s of log.saw) {
        const h = remoteHeadline.get(s.id);
        if (h && h.headline === s.headline) h.saw = true;
      }
      problems.push(...(await unparsableSyncFiles(syncDir, false)).map((p) => `run ${run}: ${p}`));

      // Now and then someone edits on the site between two runs: mostly fields the app does not
      // touch (a clean merge), sometimes the headline (a conflict when the app changed it too).
      if (random() < 0.5 && highest.size) {
        const ids = [...highest.keys()];
        for (let k = 0, edits = 1 + Math.floor(random() * 2); k < edits; k++) {
          const id = ids[Math.floor(random() * ids.length)]!;
          const got = await site.api('GET', `/articles/${id}`);
          if (got.status !== 200) continue; // not pushed yet
          const marker = markerOf(got.body.article.headline) ?? highest.get(id)!.marker;
          const roll = random();
          const name = `r${run}e${k}`;
          let fields: { source: string } | { tags: string[] } | { headline: string };
          if (roll < 0.45) {
            fields = { source: `Quelle ${name}` };
            remoteSource.set(id, fields.source);
          } else if (roll < 0.85) {
            fields = { tags: [`Tag ${name}`, 'Website'] };
            remoteTags.set(id, fields.tags);
          } else {
            fields = { headline: `[${marker}] Website ${name}` };
            remoteHeadline.set(id, { headline: fields.headline, run, saw: false });
          }
          const put = await site.api('PUT', `/articles/${id}`, { baseRev: got.body.article.rev, fields });
          expect(put.status, JSON.stringify(put.body)).toBe(200);
          remoteEdits++;
        }
      }
    }
    next.child.stdin.end(); // the spare child exits without touching anything
    await next.exited;
    const killLoopMs = Date.now() - started;

    problems.push(...(await unparsableSyncFiles(syncDir, true)).map((p) => `after the kills: ${p}`));
    problems.push(...(await danglingRecords(syncDir)).map((p) => `after the kills: ${p}`));

    // The app starts once more, undisturbed, and catches up.
    const store = createArticleStore({ dataDir });
    await store.open();
    const articles = createArticleService(store, createSearchIndex());
    const target = createReferenceSiteTarget({ url: site.url, token: site.tokens.editor, timeoutMs: 5000 });
    const engine = createSyncEngine({ target, store, articles, files: createSyncFiles(syncDir), tickMs: 0, debounceMs: 2, backoff: { baseMs: 1, maxMs: 5 } });
    await engine.start();
    let rounds = 0;
    for (; rounds < 8; rounds++) {
      await engine.flush();
      await engine.syncNow(true);
      if (engine.info().queued === 0 && rounds >= 1) break;
    }
    try {
      expect(store.damaged()).toEqual([]);
      expect(engine.info().queued, JSON.stringify(engine.allStatuses())).toBe(0);
      const conflicts = new Set(engine.conflictIds());

      // Every acknowledged save is there, at its rev or later, with its content (or newer).
      for (const [id, ack] of highest) {
        const local = await store.get(id).catch(() => null);
        if (!local) {
          lost.push(`${id}: acked at rev ${ack.rev}, missing locally`);
          continue;
        }
        if (local.rev < ack.rev) lost.push(`${id}: acked rev ${ack.rev}, local rev ${local.rev}`);
        else if (local.rev === ack.rev && appHash(local) !== ack.hash) lost.push(`${id}: rev ${ack.rev} has other content than acked`);
        const h = remoteHeadline.get(id);
        const tookSiteHeadline = h !== undefined && local.headline === h.headline && h.run >= ack.run;
        if (markerOf(local.headline) !== ack.marker) lost.push(`${id}: marker ${ack.marker} gone from "${local.headline}"`);
        else if (!tookSiteHeadline && !(counterOf(local.headline) >= ack.n)) lost.push(`${id}: headline "${local.headline}" older than acked ${ack.n}`);
      }

      // Every article on the site once, under its id and its marker; none missing on either side.
      const siteIds: string[] = [];
      for (let offset = 0; ; offset += 200) {
        const page = await site.api('GET', `/articles?limit=200&offset=${offset}`);
        const rows = page.body.articles as Array<{ id: string }>;
        siteIds.push(...rows.map((a) => a.id));
        if (rows.length < 200) break;
      }
      if (new Set(siteIds).size !== siteIds.length) doubled.push(`site lists ${siteIds.length} rows for ${new Set(siteIds).size} ids`);
      const localIds = store.list().filter((s) => s.headline.trim()).map((s) => s.id);
      for (const id of localIds) if (!siteIds.includes(id)) lost.push(`${id}: never reached the site`);
      const markersOnSite = new Map<string, string[]>();
      for (const id of new Set(siteIds)) {
        const remote = await target.fetch(id);
        if (!remote) {
          lost.push(`${id}: listed but not readable on the site`);
          continue;
        }
        const marker = markerOf(remote.fields.headline) ?? `(none: ${remote.fields.headline})`;
        markersOnSite.set(marker, [...(markersOnSite.get(marker) ?? []), id]);
        const local = await store.get(id).catch(() => null);
        if (!local) {
          lost.push(`${id}: on the site only`);
          continue;
        }
        const localFields = editorFieldsOf(local);
        if (conflicts.has(id)) {
          // Both versions kept: ours in the article, the site's beside it.
          const view = await engine.conflict(id);
          if (!view) lost.push(`${id}: conflict without its view`);
          else {
            if (!same(editorFieldsOf(view.local), localFields)) lost.push(`${id}: conflict view's local differs from the article`);
            if (!same(editorFieldsOf(view.remote), remote.fields)) lost.push(`${id}: conflict keeps an older site version (${view.remoteRev} vs ${remote.remoteRev})`);
            if (!view.conflicts.length) problems.push(`${id}: a conflict with nothing in conflict`);
          }
          if (!remoteHeadline.has(id)) problems.push(`${id}: a conflict though only the app wrote its headline: ${JSON.stringify(view?.conflicts).slice(0, 600)}`);
        } else if (!same(localFields, remote.fields)) {
          const keys = (Object.keys(localFields) as Array<keyof typeof localFields>).filter((k) => !same(localFields[k], remote.fields[k]));
          lost.push(`${id}: app and site differ in ${keys.map((k) => `${k}: ${JSON.stringify(localFields[k]).slice(0, 200)} / ${JSON.stringify(remote.fields[k]).slice(0, 200)}`).join('; ')}`);
        }
        // The site's own edits: on the site always, locally unless kept as a conflict.
        const src = remoteSource.get(id);
        if (src !== undefined && remote.fields.source !== src) lost.push(`${id}: site source ${remote.fields.source} != ${src}`);
        if (src !== undefined && !conflicts.has(id) && local.source !== src) lost.push(`${id}: local source ${local.source} != ${src}`);
        const tags = remoteTags.get(id);
        if (tags && !same([...remote.fields.tags].sort(), [...tags].sort())) lost.push(`${id}: site tags ${remote.fields.tags} != ${tags}`);
        if (tags && !conflicts.has(id) && !same([...local.tags].sort(), [...tags].sort())) lost.push(`${id}: local tags ${local.tags} != ${tags}`);
        const h = remoteHeadline.get(id);
        if (h && !h.saw) {
          // Not seen by the app before it wrote again: still on the site, and taken or kept beside a conflict.
          if (remote.fields.headline !== h.headline) lost.push(`${id}: site headline "${h.headline}" overwritten by "${remote.fields.headline}" unseen`);
          if (!conflicts.has(id) && local.headline !== h.headline) lost.push(`${id}: site headline "${h.headline}" neither taken nor kept as a conflict`);
        }
      }
      for (const [marker, ids] of markersOnSite) if (ids.length > 1) doubled.push(`${marker} on the site ${ids.length} times: ${ids.join(', ')}`);
      const localMarkers = new Map<string, number>();
      for (const s of store.list()) {
        const m = markerOf(s.headline);
        if (m) localMarkers.set(m, (localMarkers.get(m) ?? 0) + 1);
      }
      for (const [marker, count] of localMarkers) if (count > 1) doubled.push(`${marker} locally ${count} times`);

      problems.push(...(await unparsableSyncFiles(syncDir, true)).map((p) => `after catching up: ${p}`));
      console.log(
        `sync crash: ${KILLS} kills, ${localEdits} local edits acked, ${remoteEdits} remote edits, ${syncs} syncs, ` +
          `${highest.size} articles, ${conflicts.size} conflicts kept, lost: ${lost.length}, doubled: ${doubled.length} ` +
          `(kill loop ${(killLoopMs / 1000).toFixed(1)} s, catch-up ${rounds + 1} rounds)`,
      );
      for (const p of [...problems, ...lost, ...doubled].slice(0, 20)) console.log(p.slice(0, 1500));
      expect(problems).toEqual([]);
      expect(lost).toEqual([]);
      expect(doubled).toEqual([]);
    } finally {
      await engine.close();
      await store.close();
    }
  });
});
