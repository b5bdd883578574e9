/**
 * Child process of crash-safety.test.ts: on a line on stdin, opens the store in argv[2] and saves
 * forever, printing "ACK <id> <rev> <sha256>" once each save has resolved. The test SIGKILLs it
 * at random moments.
 */
import { newArticleFields } from '../../../../core/article/article';
import type { Article } from '../../../../core/article/article';
import { createArticleStore } from '../../../../backend/articles/store/json-article-store';
import { contentHash } from './content-hash';

const WORDS = ['Bundestag', 'Haushalt', 'Feuerwehr', 'Straßenbahn', 'Übernahme', 'Wahlkampf', 'Gericht', 'Polizei', 'Stadtrat', 'Schule'];

function paragraphs(seed: number): Article['body'] {
  const count = 1 + (seed % 30);
  return {
    type: 'doc',
    content: Array.from({ length: count }, (_, i) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Absatz ${i}: ${WORDS[(seed + i) % WORDS.length]} ${'und weiter '.repeat((seed * 7 + i) % 40)}.` }],
    })),
  };
}

// stdout to a pipe is synchronous on Linux, so a printed ACK survives an immediate SIGKILL.
const ack = (a: Article) => process.stdout.write(`ACK ${a.id} ${a.rev} ${contentHash(a)}\n`);

async function main(dataDir: string): Promise<void> {
  const store = createArticleStore({ dataDir, indexDelayMs: 3 });
  await store.open();
  if (store.damaged().length > 0) throw new Error(`damaged on open: ${JSON.stringify(store.damaged())}`);
  const revs = new Map(store.list().map((s) => [s.id, s.rev]));
  while (revs.size < 3) {
    const created = await store.create({ ...newArticleFields('de', 'Test'), headline: 'Neu' });
    revs.set(created.id, created.rev);
    ack(created);
  }
  const ids = [...revs.keys()];
  for (let n = Math.floor(Math.random() * 1000); ; n++) {
    const id = ids[n % ids.length]!;
    const saved = await store.save(id, revs.get(id)!, { headline: `Fassung ${n}`, body: paragraphs(n) });
    revs.set(id, saved.rev);
    ack(saved);
  }
}

/**
 * The test starts the next writer while the previous one still runs, so node's start-up is off
 * the clock; the store is opened only on "go", after the previous writer is dead.
 */
function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('data', () => resolve());
    process.stdin.once('end', () => process.exit(0));
  });
}

waitForGo()
  .then(() => {
    process.stdin.pause();
    return main(process.argv[2]!);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
