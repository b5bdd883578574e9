import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import {
  articleSchema,
  idSchema,
  type Article,
  type ArticleSummary,
} from '../../../core/article/article';
import { pickEditorFields } from '../../../core/article/fields';
import { BODY_SCHEMA_VERSION } from '../../../core/article/body-schema';
import { AppError } from '../../../core/contract/result';
import type { ArticleStore, DamagedFile } from './article-store';
import { decodeArticleFile, describeIssues, encodeArticleFile, type ArticleFileContents } from './article-file';
import { damagedSummary, summarize } from './article-summary';
import { DurableJsonFile, readJsonFile, UnreadableJsonError } from '../../storage/durable-json-file';
import { backupPath, fsyncDirectory, renameIfExists, tempPath } from '../../storage/durable-write';
import { exclusive } from '../../storage/file-queue';
import { KeyedLock } from '../../storage/keyed-lock';
import { mapLimit } from '../../storage/map-limit';
import { StoreIndex, type IndexEntry } from './store-index';
import { staleStamps } from './stale-stamps';
import { RecentArticles } from './recent-articles';
import { storageFailed } from '../../storage/storage-error';

export interface ArticleStoreOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  /** How long after a change the index is written (default 1 s); never on the save path. */
  indexDelayMs?: number;
}

interface DamagedEntry {
  reason: string;
  hasBackup: boolean;
  summary: ArticleSummary;
}


/** From this many cached summaries on, open() lists at once and checks the files afterwards. */
const CHECK_LATER_FROM = 2000;

const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** What a full disk means for a save: the editor keeps the text and autosave retries it. */
const SAVE_KEPT = 'Free some space; your text is kept and saved again automatically.';

/**
 * The article store of DESIGN.md: `<dataDir>/articles/<id>.json` per article (durable writes,
 * previous copy as `.bak`), `<dataDir>/index.json` as a cache of summaries, `<dataDir>/trash/`.
 * Whole articles are not kept in memory; summaries are.
 */
export function createArticleStore(options: ArticleStoreOptions): ArticleStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const articlesDir = path.join(options.dataDir, 'articles');
  const trashDir = path.join(options.dataDir, 'trash');
  const fileOf = (id: string) => path.join(articlesDir, `${id}.json`);

  const entries = new Map<string, IndexEntry>();
  const damagedFiles = new Map<string, DamagedEntry>();
  const listeners = new Set<(id: string, summary: ArticleSummary | null) => void>();
  const lock = new KeyedLock();
  const recent = new RecentArticles();
  const index = new StoreIndex(path.join(options.dataDir, 'index.json'), options.indexDelayMs ?? 1000, () => entries, (err) =>
    console.error('[copydesk] writing the article index failed:', err),
  );
  let state: 'new' | 'open' | 'closed' = 'new';

  const articleDb = (id: string) => new Low<ArticleFileContents | null>(new DurableJsonFile(fileOf(id)), null);

  function ensureOpen(): void {
    if (state !== 'open') throw new AppError('STORAGE_FAILED', `The article store is ${state === 'new' ? 'not open yet' : 'closed'}.`);
  }

  function emit(id: string, summary: ArticleSummary | null): void {
    for (const listener of listeners) {
      try {
        listener(id, summary);
      } catch (err) {
        console.error('[copydesk] article change listener failed:', err);
      }
    }
  }

  async function backupIsUsable(id: string): Promise<boolean> {
    try {
      return decodeArticleFile(await readJsonFile(backupPath(fileOf(id))), id).ok;
    } catch {
      return false;
    }
  }

  async function markDamaged(id: string, reason: string): Promise<void> {
    entries.delete(id);
    recent.forget(id);
    const modifiedAt = await stat(fileOf(id)).then((s) => s.mtime, () => now());
    const hasBackup = await backupIsUsable(id);
    damagedFiles.set(id, { reason, hasBackup, summary: damagedSummary(id, reason, hasBackup, modifiedAt) });
  }

  async function remember(article: Article): Promise<ArticleSummary> {
    // No file yet when the article was read from its `.bak` and putting it back failed (full
    // disk): then nothing matches the cache key, and the next open reads the `.bak` again.
    const { mtimeMs, size } = await stat(fileOf(article.id)).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { mtimeMs: 0, size: -1 };
      throw err;
    });
    const summary = summarize(article);
    entries.set(article.id, { mtimeMs, size, summary });
    recent.remember(article, mtimeMs, size);
    damagedFiles.delete(article.id);
    return summary;
  }

  /** Reads, migrates and validates one file into the in-memory list. Never throws for a bad file. */
  async function loadFile(id: string): Promise<void> {
    const db = articleDb(id);
    try {
      await db.read();
    } catch (err) {
      const reason = err instanceof UnreadableJsonError ? err.reason : storageFailed('Reading the file', err).message;
      await markDamaged(id, reason);
      return;
    }
    if (db.data === null) {
      entries.delete(id);
      damagedFiles.delete(id);
      return;
    }
    const decoded = decodeArticleFile(db.data, id);
    if (!decoded.ok) return markDamaged(id, decoded.reason);
    if (decoded.migratedFrom !== null) {
      db.data = encodeArticleFile(decoded.article);
      // A failed rewrite is not fatal: the article is usable from memory and migrates again next time.
      await db.write().catch((err: unknown) => console.error(`[copydesk] rewriting migrated article ${id} failed:`, err));
    }
    await remember(decoded.article);
  }

  /** The stored article for a write, or NOT_FOUND / DAMAGED. */
  async function readCurrent(id: string): Promise<Article> {
    const damaged = damagedFiles.get(id);
    if (damaged) throw new AppError('DAMAGED', `Article ${id} cannot be read: ${damaged.reason}`, { hasBackup: damaged.hasBackup });
    if (!entries.has(id)) throw new AppError('NOT_FOUND', `There is no article ${id}.`);
    const st = await stat(fileOf(id)).catch(() => null);
    const kept = recent.get(id, st);
    if (kept) return kept;
    const db = articleDb(id);
    try {
      await db.read();
    } catch (err) {
      if (!(err instanceof UnreadableJsonError)) throw storageFailed(`Reading article ${id}`, err);
      await markDamaged(id, err.reason);
      return readCurrent(id);
    }
    if (db.data === null) {
      entries.delete(id);
      throw new AppError('NOT_FOUND', `There is no article ${id}; its file has disappeared.`);
    }
    const decoded = decodeArticleFile(db.data, id);
    if (!decoded.ok) {
      await markDamaged(id, decoded.reason);
      return readCurrent(id);
    }
    // The stat from before the read: a write in between leaves a mismatch, so the file is read again.
    if (st && decoded.migratedFrom === null) recent.remember(decoded.article, st.mtimeMs, st.size);
    return decoded.article;
  }

  async function writeArticle(candidate: Article, action: string, whenFull?: string): Promise<Article> {
    const parsed = articleSchema.safeParse(candidate);
    if (!parsed.success) {
      throw new AppError('INVALID_ARGUMENT', `${action}: ${describeIssues(parsed.error)}`, parsed.error.issues.slice(0, 10));
    }
    const article = parsed.data;
    let summary: ArticleSummary;
    try {
      const db = articleDb(article.id);
      db.data = encodeArticleFile(article);
      await db.write();
      summary = await remember(article);
    } catch (err) {
      throw storageFailed(action, err, whenFull);
    }
    index.schedule();
    emit(article.id, summary);
    return article;
  }

  let checking: Promise<void> = Promise.resolve();
  let stopChecking = false;

  /**
   * Re-reads, under each article's lock, the files whose mtime or size differ from the cache
   * (changed while the app was closed, or the cache was written before a crash), and tells the
   * listeners (list, search index) about each.
   */
  async function checkStamps(ids: string[], known: Map<string, IndexEntry>): Promise<void> {
    const stale = await staleStamps(ids, known, fileOf, () => stopChecking);
    await mapLimit(stale, 8, async (id) => {
      if (stopChecking) return;
      await lock.run(id, async () => {
        if (entries.get(id) !== known.get(id)) return; // written since the open: that write is current
        await loadFile(id);
        emit(id, entries.get(id)?.summary ?? damagedFiles.get(id)?.summary ?? null);
      });
    }).catch((err: unknown) => console.error('[copydesk] checking the article files failed:', err));
    if (stale.length > 0) index.schedule();
  }

  function assertRev(current: Article, baseRev: number): void {
    if (current.rev !== baseRev) {
      throw new AppError('CONFLICT', `Article ${current.id} was changed elsewhere (stored revision ${current.rev}, edited revision ${baseRev}).`, {
        currentRev: current.rev,
      });
    }
  }

  return {
    async open() {
      if (state === 'open') return;
      try {
        await mkdir(articlesDir, { recursive: true });
        await mkdir(trashDir, { recursive: true });
      } catch (err) {
        throw storageFailed(`Opening the data folder ${options.dataDir}`, err);
      }
      const known = await index.load();
      let names: string[];
      try {
        names = await readdir(articlesDir);
      } catch (err) {
        throw storageFailed(`Listing ${articlesDir}`, err);
      }
      const ids = new Set<string>();
      for (const name of names) {
        // A leftover temp file is a write that never completed; the file or its .bak is the good copy.
        if (name.endsWith('.json.tmp')) await rm(path.join(articlesDir, name), { force: true });
        const id = name.endsWith('.json') ? name.slice(0, -5) : name.endsWith('.json.bak') ? name.slice(0, -9) : null;
        if (id !== null && idSchema.safeParse(id).success) ids.add(id);
      }
      let changed = known.size !== ids.size;
      // A large store lists from its cache at once and checks each file's stamp right after.
      const later = known.size >= CHECK_LATER_FROM;
      // Listed in the cache's order (newest first), which the list's sort then finds as one run.
      if (later) for (const [id, cached] of known) if (ids.has(id)) entries.set(id, cached);
      const toCheck = [...ids].filter((id) => !entries.has(id));
      await mapLimit(toCheck, 32, async (id) => {
        const cached = known.get(id);
        const st = await stat(fileOf(id)).catch(() => null);
        if (cached && st && cached.mtimeMs === st.mtimeMs && cached.size === st.size) {
          entries.set(id, cached);
          return;
        }
        changed = true;
        await loadFile(id);
      });
      state = 'open';
      if (changed) index.schedule();
      if (later) checking = checkStamps([...ids].filter((id) => known.has(id)), known);
    },

    summary: (id) => entries.get(id)?.summary ?? damagedFiles.get(id)?.summary,

    list() {
      const out: ArticleSummary[] = [];
      for (const entry of entries.values()) out.push(entry.summary);
      for (const damaged of damagedFiles.values()) out.push(damaged.summary);
      return out;
    },

    async get(id) {
      ensureOpen();
      return readCurrent(id);
    },

    async create(fields, id = newId(), initial = {}) {
      ensureOpen();
      if (!idSchema.safeParse(id).success) throw new AppError('INVALID_ARGUMENT', `"${id}" is not a valid article id.`);
      return lock.run(id, async () => {
        if (entries.has(id) || damagedFiles.has(id)) throw new AppError('CONFLICT', `An article ${id} already exists.`, { currentRev: entries.get(id)?.summary.rev ?? 0 });
        const stamp = now().toISOString();
        const article = { ...pickEditorFields(fields), id, rev: 0, bodySchema: BODY_SCHEMA_VERSION, status: 'draft', schedule: null, statusHistory: [], ...initial, createdAt: stamp, updatedAt: stamp } as Article;
        return writeArticle(article, `Creating article ${id}`);
      });
    },

    async save(id, baseRev, changes) {
      ensureOpen();
      return lock.run(id, async () => {
        const current = await readCurrent(id);
        assertRev(current, baseRev);
        const next: Article = { ...current, ...pickEditorFields(changes), rev: current.rev + 1, updatedAt: now().toISOString() };
        return writeArticle(next, `Saving article ${id}`, SAVE_KEPT);
      });
    },

    async replace(article) {
      ensureOpen();
      return lock.run(article.id, async () => {
        const current = await readCurrent(article.id);
        assertRev(current, article.rev);
        const next: Article = { ...article, createdAt: current.createdAt, rev: current.rev + 1, updatedAt: now().toISOString() };
        return writeArticle(next, `Saving article ${article.id}`, SAVE_KEPT);
      });
    },

    async delete(id) {
      ensureOpen();
      return lock.run(id, async () => {
        if (!entries.has(id) && !damagedFiles.has(id)) throw new AppError('NOT_FOUND', `There is no article ${id}.`);
        const file = fileOf(id);
        const trashed = path.join(trashDir, `${id}.${fileStamp(now())}.json`);
        try {
          await mkdir(trashDir, { recursive: true });
          await exclusive(file, async () => {
            // The backup goes first: a leftover `.bak` without its file would bring the article back.
            await renameIfExists(backupPath(file), backupPath(trashed));
            await renameIfExists(file, trashed);
            await rm(tempPath(file), { force: true });
            await fsyncDirectory(articlesDir);
            await fsyncDirectory(trashDir);
          });
        } catch (err) {
          throw storageFailed(`Moving article ${id} to the trash`, err);
        }
        entries.delete(id);
        damagedFiles.delete(id);
        recent.forget(id);
        index.schedule();
        emit(id, null);
        return path.basename(trashed);
      });
    },

    async undelete(id, trashedName) {
      ensureOpen();
      if (!idSchema.safeParse(id).success || path.basename(trashedName) !== trashedName || !trashedName.startsWith(`${id}.`)) {
        throw new AppError('INVALID_ARGUMENT', `"${trashedName}" is not a trashed file of article ${id}.`);
      }
      return lock.run(id, async () => {
        if (entries.has(id) || damagedFiles.has(id)) throw new AppError('CONFLICT', `An article ${id} exists already.`, { currentRev: entries.get(id)?.summary.rev ?? 0 });
        const trashed = path.join(trashDir, trashedName);
        const file = fileOf(id);
        let moved = false;
        try {
          await exclusive(file, async () => {
            // The file goes first: a `.bak` alone would bring back an older copy.
            moved = await renameIfExists(trashed, file);
            if (moved) await renameIfExists(backupPath(trashed), backupPath(file));
            await fsyncDirectory(articlesDir);
            await fsyncDirectory(trashDir);
          });
        } catch (err) {
          throw storageFailed(`Restoring article ${id} from the trash`, err);
        }
        if (!moved) throw new AppError('NOT_FOUND', `Article ${id} is no longer in the trash.`);
        await loadFile(id);
        index.schedule();
        emit(id, entries.get(id)?.summary ?? damagedFiles.get(id)?.summary ?? null);
        return readCurrent(id);
      });
    },

    damaged(): DamagedFile[] {
      return [...damagedFiles].map(([id, d]) => ({ id, file: `articles/${id}.json`, reason: d.reason, hasBackup: d.hasBackup }));
    },

    async restoreBackup(id) {
      ensureOpen();
      return lock.run(id, async () => {
        if (!damagedFiles.has(id)) {
          throw new AppError('NOT_FOUND', entries.has(id) ? `Article ${id} is not damaged; there is nothing to restore.` : `There is no article ${id}.`);
        }
        const file = fileOf(id);
        let backup: unknown = null;
        try {
          backup = await readJsonFile(backupPath(file));
        } catch {
          // An unreadable backup is no backup; reported below.
        }
        const decoded = backup === null ? null : decodeArticleFile(backup, id);
        if (!decoded?.ok) throw new AppError('NOT_FOUND', `There is no usable earlier copy of article ${id}.`);
        try {
          // Damaged bytes go aside first, so the write below keeps the good `.bak` as it is.
          await exclusive(file, async () => {
            await renameIfExists(file, `${file}.damaged-${fileStamp(now())}`);
            await fsyncDirectory(articlesDir);
          });
        } catch (err) {
          throw storageFailed(`Setting the damaged file of article ${id} aside`, err);
        }
        // Restoring is a change like any other, so sync and open editors see a new revision.
        const restored: Article = { ...decoded.article, rev: decoded.article.rev + 1, updatedAt: now().toISOString() };
        return writeArticle(restored, `Restoring article ${id}`);
      });
    },

    async *iterate() {
      ensureOpen();
      for (const id of [...entries.keys()]) {
        try {
          yield await readCurrent(id);
        } catch (err) {
          if (!(err instanceof AppError) || (err.code !== 'NOT_FOUND' && err.code !== 'DAMAGED')) throw err;
        }
      }
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async close() {
      if (state !== 'open') return;
      stopChecking = true;
      await checking;
      await lock.idle();
      state = 'closed';
      // The index is only a cache (the next open rebuilds it from the article files), so a
      // failed write of it, e.g. on a full disk, must not make closing the app fail.
      await index.flush().catch((err: unknown) => console.error('[copydesk] writing the article index failed:', err));
    },
  };
}
