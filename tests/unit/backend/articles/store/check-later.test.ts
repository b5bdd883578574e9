import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPersistentSearch } from '../../../../../backend/articles/search/persistent-search';
import { encodeArticleFile } from '../../../../../backend/articles/store/article-file';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { generateArticles } from '../../../../fixtures/store/generate-articles';
import { makeTempDir, removeDir } from './store-test-helpers';

let dataDir: string;
const COUNT = 2000;

beforeEach(async () => {
  dataDir = await makeTempDir('check-later');
  await mkdir(path.join(dataDir, 'articles'));
  for (const a of generateArticles(COUNT, { seed: 4, words: 20 })) await writeFile(path.join(dataDir, 'articles', `${a.id}.json`), JSON.stringify(encodeArticleFile(a)));
  const first = createArticleStore({ dataDir });
  await first.open();
  await first.close(); // index.json now caches every summary
});

afterEach(() => removeDir(dataDir));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('a large store opens from its cache and checks the files afterwards', () => {
  it('picks up a file changed while the app was closed, in the list and in search', async () => {
    const [changed] = generateArticles(1, { seed: 4, words: 20 });
    const file = path.join(dataDir, 'articles', `${changed!.id}.json`);
    await writeFile(file, JSON.stringify(encodeArticleFile({ ...changed!, headline: 'Geändert im Dateisystem Quallenalarm', rev: changed!.rev + 1 })));
    const store = createArticleStore({ dataDir });
    await store.open();
    const search = await openPersistentSearch(store, { dataDir, delayMs: 1 });
    expect(store.list()).toHaveLength(COUNT);
    await until(() => store.list().some((s) => s.headline.includes('Quallenalarm')));
    expect(store.list().find((s) => s.id === changed!.id)!.headline).toBe('Geändert im Dateisystem Quallenalarm');
    await search.idle();
    expect(search.search('Quallenalarm').map((h) => h.id)).toEqual([changed!.id]);
    await search.close();
    await store.close();
  });
});
