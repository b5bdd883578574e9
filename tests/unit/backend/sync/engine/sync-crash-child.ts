/**
 * Child process of sync-crash.test.ts. Started early; on a line "go <run>" on stdin it opens the
 * app's store in argv[2] and a sync engine against the reference site (argv[3] url, argv[4]
 * token; tickMs 0, rounds driven here), then edits and syncs forever until the test SIGKILLs it:
 *
 *   NEW <id> <marker>              an article was created (its headline not saved yet)
 *   SAW <id> <headline>            the local headline is the site's (taken by a pull) and is about to be overwritten
 *   ACK <id> <rev> <hash> <n> <marker>   a save of headline+body (counter n) has resolved
 *   SYNCED <pushed> <pulled> <conflicts> <failed>   a syncNow() round has resolved
 *
 * Lines go to stdout synchronously (a pipe on Linux), so a printed line survives an immediate SIGKILL.
 */
import path from 'node:path';
import { createArticleService } from '../../../../../backend/articles/article-service';
import { createSearchIndex } from '../../../../../backend/articles/search-index';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { seededRandom } from '../../../../../core/ads/seeded-random';
import { contentHash } from '../../storage/content-hash';

/** Where the engine keeps its files (<dataDir>/sync/crash); the test reads and checks them there. */
const SYNC_SITE_ID = 'crash';
/** The headline the app writes: the article's marker and a counter that only grows (the test parses it). */
const appHeadline = (marker: string, n: number) => `[${marker}] Fassung ${n}`;
const appBody = (n: number) => ({
  type: 'doc' as const,
  content: Array.from({ length: 1 + (n % 3) }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Absatz ${i} der Fassung ${n}` }] })),
});
/** What an ACK's hash covers: the two fields the app writes (the test hashes the same way). */
const appHash = (a: { headline: string; body: unknown }) => contentHash({ headline: a.headline, body: a.body });

const out = (line: string) => process.stdout.write(`${line}\n`);

async function main(dataDir: string, url: string, token: string, run: number): Promise<void> {
  const random = seededRandom(7919 * (run + 1));
  const store = createArticleStore({ dataDir });
  await store.open();
  if (store.damaged().length > 0) throw new Error(`damaged on open: ${JSON.stringify(store.damaged())}`);
  const articles = createArticleService(store, createSearchIndex());
  const engine = createSyncEngine({
    target: createReferenceSiteTarget({ url, token, timeoutMs: 5000 }),
    store,
    articles,
    files: createSyncFiles(path.join(dataDir, 'sync', SYNC_SITE_ID)),
    tickMs: 0,
    debounceMs: 2,
    random,
    backoff: { baseMs: 1, maxMs: 5 },
  });
  await engine.start();

  const markerOf = (headline: string) => /^\[([^\]]+)\]/.exec(headline)?.[1] ?? null;
  for (let i = 0; ; i++) {
    const n = run * 1000 + i;
    const ids = store.list().map((s) => s.id);
    let id: string;
    if (ids.length < 3 || random() < 0.12) {
      const created = await articles.create('de', 'Lokales');
      id = created.id;
      out(`NEW ${id} m${run}x${i}`);
    } else {
      id = ids[Math.floor(random() * ids.length)]!;
    }
    const current = await store.get(id);
    // A blank article is one whose first save was cut by a kill: it gets its marker now.
    const marker = markerOf(current.headline) ?? `m${run}x${i}`;
    if (current.headline && !current.headline.includes(' Fassung ')) out(`SAW ${id} ${current.headline}`);
    const saved = await articles.save(id, current.rev, { headline: appHeadline(marker, n), body: appBody(n) });
    out(`ACK ${id} ${saved.rev} ${appHash(saved)} ${n} ${marker}`);
    if (i === 0 || random() < 0.35) {
      const r = await engine.syncNow(random() < 0.7);
      out(`SYNCED ${r.pushed} ${r.pulled} ${r.conflicts} ${r.failed}`);
    }
  }
}

/** Started while the previous child still runs (node's start-up off the clock); opens nothing before "go". */
function waitForGo(): Promise<number> {
  return new Promise((resolve) => {
    process.stdin.setEncoding('utf8');
    process.stdin.once('data', (line: string) => resolve(Number(line.trim().split(' ')[1] ?? 0)));
    process.stdin.once('end', () => process.exit(0));
  });
}

// Node loads its HTTP client on the first fetch (tens of ms): done here, before "go", off the clock.
void fetch('data:text/plain,warm').then((r) => r.text()).catch(() => {});

waitForGo()
  .then((run) => {
    process.stdin.pause();
    return main(process.argv[2]!, process.argv[3]!, process.argv[4]!, run);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
