import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, ARTICLE_SCHEMA_VERSION } from '../../../../core/article/article';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { contentHash } from './content-hash';
import { makeTempDir, removeDir } from '../articles/store/store-test-helpers';
import { seededRandom } from '../../../../core/ads/seeded-random';

const KILLS = 200;


interface Ack {
  id: string;
  rev: number;
  hash: string;
}

/** A writer process that has started and waits for "go" before it opens the store. */
interface Writer {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWriter(script: string, dataDir: string): Writer {
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, exited };
}

/** Lets the writer open the store, SIGKILLs it `killAfterMs` after its first ACK, returns every ACK it printed. */
async function runAndKill({ child, exited }: Writer, killAfterMs: number): Promise<Ack[]> {
  const acks: Ack[] = [];
  let buffered = '';
  let stderr = '';
  let killTimer: NodeJS.Timeout | null = null;
  const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [tag, id, rev, hash] = line.split(' ');
      if (tag === 'ACK' && id && rev && hash) acks.push({ id, rev: Number(rev), hash });
    }
    if (acks.length > 0 && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.write('go\n');
  const { code, signal } = await exited;
  clearTimeout(guard);
  if (killTimer) clearTimeout(killTimer);
  // A partial last line was cut by the kill: the save it reports was never acknowledged.
  if (signal === 'SIGKILL' && acks.length > 0) return acks;
  throw new Error(`writer ended with code ${code}, signal ${signal}, ${acks.length} ACKs: ${stderr.slice(0, 2000)}`);
}

describe('article store crash safety', () => {
  let workDir: string;
  let script: string;

  beforeAll(async () => {
    workDir = await makeTempDir('crash');
    script = path.join(workDir, 'crash-writer.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./crash-writer.ts', import.meta.url))],
      bundle: true,
      minify: true, // less to parse: the writer starts 200 times
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
  });
  afterAll(() => removeDir(workDir));

  it(`keeps every acknowledged save through ${KILLS} SIGKILLs at random moments`, async () => {
    const dataDir = path.join(workDir, 'data');
    const random = seededRandom(20261129);
    const ackedHash = new Map<string, string>(); // "id@rev" -> hash
    const highest = new Map<string, Ack>();
    const lostAcks: string[] = [];

    let next = startWriter(script, dataDir);
    for (let run = 0; run < KILLS; run++) {
      const current = next;
      // Started now, but it opens the store only when told to, after `current` is dead.
      next = startWriter(script, dataDir);
      const acks = await runAndKill(current, 5 + Math.floor(random() * 56)).catch((err: unknown) => {
        next.child.kill('SIGKILL');
        throw err;
      });
      for (const ack of acks) {
        const key = `${ack.id}@${ack.rev}`;
        // The same revision acknowledged twice with different content means an acknowledged save was lost.
        const earlier = ackedHash.get(key);
        if (earlier && earlier !== ack.hash) lostAcks.push(`${key} (run ${run})`);
        ackedHash.set(key, ack.hash);
        if ((highest.get(ack.id)?.rev ?? -1) < ack.rev) highest.set(ack.id, ack);
      }
    }
    next.child.stdin.end(); // the spare writer exits without touching the store
    await next.exited;
    expect(lostAcks).toEqual([]);

    const articlesDir = path.join(dataDir, 'articles');
    const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(3);
    for (const file of files) {
      const contents = JSON.parse(await readFile(path.join(articlesDir, file), 'utf8'));
      expect(contents.schemaVersion).toBe(ARTICLE_SCHEMA_VERSION);
      expect(articleSchema.safeParse(contents.article).success).toBe(true);
    }

    const store = createArticleStore({ dataDir });
    await store.open();
    try {
      expect(store.damaged()).toEqual([]);
      expect(highest.size).toBe(3);
      for (const [id, ack] of highest) {
        const stored = await store.get(id);
        expect(stored.rev).toBeGreaterThanOrEqual(ack.rev);
        // Newer than the last ACK is fine: a save may have reached the disk just before its ACK was printed.
        if (stored.rev === ack.rev) expect(contentHash(stored)).toBe(ack.hash);
      }
    } finally {
      await store.close();
    }
  }, 90_000);
});
