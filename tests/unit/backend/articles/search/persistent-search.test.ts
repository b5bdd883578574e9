import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPersistentSearch, type PersistentSearch } from '../../../../../backend/articles/search/persistent-search';
import { loadSqlite } from '../../../../../backend/articles/search/search-db';
import type { ArticleStore } from '../../../../../backend/articles/store/article-store';
import { createArticleStore } from '../../../../../backend/articles/store/json-article-store';
import { bodyOf, makeTempDir, removeDir, sampleFields } from '../store/store-test-helpers';

let dataDir: string;
let store: ArticleStore;
let search: PersistentSearch | null;

async function openAll(): Promise<PersistentSearch> {
  store = createArticleStore({ dataDir });
  await store.open();
  search = await openPersistentSearch(store, { dataDir, delayMs: 1 });
  return search;
}

async function closeAll(): Promise<void> {
  await search?.close();
  search = null;
  await store.close();
}

/** Headlines of the hits, best first. */
async function found(query: string): Promise<string[]> {
  const hits = search!.search(query, { limit: 50 });
  return Promise.all(hits.map(async (h) => (await store.get(h.id)).headline));
}

beforeEach(async () => {
  dataDir = await makeTempDir('search');
  await openAll();
  for (const [headline, body, tags] of [
    ['Müller gewinnt die Wahl', 'Der neue Bürgermeister dankte den Wählern.', ['Wahlen']],
    ['Sperrung der Hauptstraße', 'Die Bundesregierung zahlt die Sanierung der Brücke.', ['Verkehr']],
    ['Haushaltsdebatte im Rat', 'Straße und Schule kosten Geld; Müller schweigt.', ['Haushalt']],
  ] as const) {
    await store.create(sampleFields({ headline, teaser: '', body: bodyOf(body), tags: [...tags] }));
  }
  // Unrelated articles, so that the words above are rare, as in a real archive.
  for (const n of [1, 2, 3, 4]) await store.create(sampleFields({ headline: `Wetterbericht ${n}`, teaser: '', body: bodyOf('Sonne und Wolken.'), tags: [] }));
  await search!.idle();
});

afterEach(async () => {
  await closeAll();
  await removeDir(dataDir);
});

describe('persistent search (SQLite FTS5)', () => {
  it('loads better-sqlite3 in this runtime', async () => {
    expect(await loadSqlite()).not.toBeNull();
    expect(search!.status().state).toBe('ready');
  });

  it('finds German words however they are spelled, with the headline ranked over the body', async () => {
    expect(await found('Müller')).toEqual(['Müller gewinnt die Wahl', 'Haushaltsdebatte im Rat']);
    expect(await found('muller')).toEqual(await found('MÜLLER'));
    expect(await found('mueller')).toEqual(['Müller gewinnt die Wahl', 'Haushaltsdebatte im Rat']);
    expect(await found('Hauptstrasse')).toEqual(['Sperrung der Hauptstraße']);
    expect(await found('Strasse')).toEqual(['Haushaltsdebatte im Rat']);
  });

  it('lists headline matches first, then teaser and tags, then the body; the most recently changed first within each', async () => {
    const add = async (headline: string, teaser: string, body: string) => {
      await store.create(sampleFields({ headline, teaser, body: bodyOf(body), tags: [] }));
      await search!.idle();
    };
    await add('Fähre A fällt aus', '', '');
    await add('Hafen gesperrt', 'Die Fähre fährt nicht.', '');
    await add('Sturm an der Küste', '', 'Keine Fähre heute.');
    await add('Fähre B fällt aus', '', '');
    expect(await found('Fähre')).toEqual(['Fähre B fällt aus', 'Fähre A fällt aus', 'Hafen gesperrt', 'Sturm an der Küste']);
    const older = store.list().find((s) => s.headline === 'Fähre A fällt aus')!;
    search!.update(await store.save(older.id, older.rev, { teaser: 'Neu' }));
    await search!.idle();
    expect(await found('Fähre')).toEqual(['Fähre A fällt aus', 'Fähre B fällt aus', 'Hafen gesperrt', 'Sturm an der Küste']);
    // Saved and not yet indexed, a body-only match still comes after the headline matches.
    const storm = store.list().find((s) => s.headline === 'Sturm an der Küste')!;
    search!.update(await store.save(storm.id, storm.rev, { teaser: 'Neu' }));
    expect(await found('Fähre')).toEqual(['Fähre A fällt aus', 'Fähre B fällt aus', 'Hafen gesperrt', 'Sturm an der Küste']);
  });

  it('matches word starts while typing and every word of a query', async () => {
    expect(await found('Haush')).toEqual(['Haushaltsdebatte im Rat']);
    expect(await found('Brücke Sperrung')).toEqual(['Sperrung der Hauptstraße']);
    expect(await found('Brücke Wahl')).toEqual([]);
  });

  it('still finds a word typed with one mistake', async () => {
    expect(await found('Bundesregeirung')).toEqual(['Sperrung der Hauptstraße']);
    expect(await found('Bürgermiester')).toEqual(['Müller gewinnt die Wahl']);
    // The list marks the word the typo stood for.
    expect(search!.termsOf('Bundesregeirung')[0]!.variants).toContain('bundesregierung');
    expect(search!.termsOf('Bundesregierung')[0]!.variants).toEqual(['bundesregierung']);
    // Saved and not yet indexed, an article with the word the typo stands for is found too.
    search!.update(await store.create(sampleFields({ headline: 'Bundesregierung tagt', teaser: '', body: bodyOf('Kurz.'), tags: [] })));
    expect(await found('Bundesregeirung')).toEqual(['Bundesregierung tagt', 'Sperrung der Hauptstraße']);
  });

  it('is ready at once after a restart, and re-indexes only what changed while it was closed', async () => {
    await closeAll();
    const offline = createArticleStore({ dataDir });
    await offline.open();
    const target = offline.list().find((s) => s.headline.startsWith('Sperrung'))!;
    await offline.save(target.id, target.rev, { headline: 'Umleitung am Fluss' });
    await offline.close();
    await openAll();
    expect(search!.status()).toEqual({ state: 'rebuilding', done: 0, total: 1 });
    await search!.idle();
    expect(search!.status().state).toBe('ready');
    expect(await found('Umleitung')).toEqual(['Umleitung am Fluss']);
    expect(await found('Sperrung')).toEqual([]);
  });

  it('rebuilds a damaged index file instead of failing, answering from the summaries meanwhile', async () => {
    await closeAll();
    await writeFile(path.join(dataDir, 'search-index.sqlite'), 'not a database at all'.repeat(300));
    await openAll();
    expect(search!.status()).toEqual({ state: 'rebuilding', done: 0, total: 7 });
    expect(await found('Müller')).toEqual(['Müller gewinnt die Wahl']); // headline only until rebuilt
    await search!.idle();
    expect(search!.status()).toEqual({ state: 'ready', done: 7, total: 7 });
    expect(await found('Müller')).toEqual(['Müller gewinnt die Wahl', 'Haushaltsdebatte im Rat']);
  });

  it('rebuilds an index of an older schema version', async () => {
    await closeAll();
    const Database = (await loadSqlite())!;
    const old = new Database(path.join(dataDir, 'search-index.sqlite'));
    old.exec("UPDATE meta SET value = '0' WHERE key = 'schema'");
    old.close();
    await openAll();
    expect(search!.status()).toEqual({ state: 'rebuilding', done: 0, total: 7 });
    await search!.idle();
    expect(await found('Hauptstraße')).toEqual(['Sperrung der Hauptstraße']);
  });

  it('finds a just-saved article before the background writer has reached it', async () => {
    const [first] = store.list();
    const saved = await store.save(first!.id, first!.rev, { headline: 'Neuer Titel Zebrastreifen' });
    search!.update(saved);
    expect(await found('Zebrastreifen')).toEqual(['Neuer Titel Zebrastreifen']);
    await search!.idle();
    expect(await found('Zebrastreifen')).toEqual(['Neuer Titel Zebrastreifen']);
  });
});
