import { rmSync } from 'node:fs';

/** The part of better-sqlite3 the search index uses (the package ships no types). */
export interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(on?: boolean): Statement;
  raw(on?: boolean): Statement;
}
export interface SqliteDb {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  pragma(source: string): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
type SqliteCtor = new (file: string) => SqliteDb;

/** Bumped whenever the tables or the tokenizing change: an index of another version is rebuilt. */
export const SEARCH_SCHEMA_VERSION = '3';

// Contentless: the article files hold the text (snippets are cut from them), the index only
// the words, by column and without positions (detail=column: half the size; no phrase queries
// or bm25 are asked of it). Body words are stored as "_word" (BODY_MARK): a word start typed
// ("hau"*) then expands over the short fields' words only, not over every word of 100,000
// bodies; the body is matched by whole words.
// `words` lists every folded word ever indexed, for typo corrections (a stale word only offers
// a correction that finds nothing).
const SCHEMA = `
CREATE TABLE words(term TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL, updated_at TEXT NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(headline, teaser, tags, author, section, body,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", detail = column, content = '', contentless_delete = 1);
INSERT INTO meta VALUES ('schema', '${SEARCH_SCHEMA_VERSION}');`;

/** Marks a body word in the index (see SCHEMA). */
export const BODY_MARK = '_';

/** Body text as indexed: every word marked. */
export const markBodyWords = (text: string): string => text.replace(/[\p{L}\p{N}\p{M}]+/gu, (w) => BODY_MARK + w);

/** Whether an error means the file is not a usable SQLite database (delete it and start again). */
export const isDamagedDbError = (err: unknown): boolean => /^SQLITE_(CORRUPT|NOTADB)/.test(String((err as { code?: unknown }).code ?? ''));

/** Removes the index file and its WAL companions. */
export function deleteSearchDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** better-sqlite3, or null when its native module does not load in this runtime (wrong ABI). */
export async function loadSqlite(): Promise<SqliteCtor | null> {
  try {
    const mod = (await import('better-sqlite3')) as unknown as { default: SqliteCtor };
    return mod.default;
  } catch (err) {
    console.error('[copydesk] better-sqlite3 does not load; search uses the article summaries only:', err);
    return null;
  }
}

function schemaVersion(db: SqliteDb): string | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return null;
  return ((db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value ?? null);
}

function connect(Database: SqliteCtor, file: string): SqliteDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // A cache may lose its last batch in a power cut (it is then found stale and redone); no fsync per batch.
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -8000');
  return db;
}

/**
 * Opens `<dataDir>/search-index.sqlite`. A damaged file or one of another schema version is
 * deleted and created anew (`fresh`): the index is a cache, the article files are the truth.
 */
export function openSearchDb(Database: SqliteCtor, file: string): { db: SqliteDb; fresh: boolean } {
  for (let attempt = 0; ; attempt++) {
    let db: SqliteDb | null = null;
    try {
      db = new Database(file);
      const version = schemaVersion(db);
      if (version === SEARCH_SCHEMA_VERSION) {
        db.close();
        return { db: connect(Database, file), fresh: false };
      }
      if (version === null && !db.prepare('SELECT 1 FROM sqlite_master').get()) {
        db.exec(SCHEMA);
        db.close();
        return { db: connect(Database, file), fresh: true };
      }
      throw Object.assign(new Error(`search index of schema ${version ?? 'unknown'}`), { code: 'SQLITE_NOTADB' });
    } catch (err) {
      db?.close();
      if (attempt > 0 || !isDamagedDbError(err)) throw err;
      deleteSearchDb(file);
    }
  }
}
