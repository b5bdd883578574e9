import { Low } from 'lowdb';
import { z } from 'zod';
import { articleSummarySchema, type ArticleSummary } from '../../../core/article/article';
import { DurableJsonFile } from '../../storage/durable-json-file';
import { newestFirst } from './article-summary';

/** What the index remembers of one article file: enough to list it without reading it. */
export interface IndexEntry {
  mtimeMs: number;
  size: number;
  summary: ArticleSummary;
}

const INDEX_VERSION = 1;

const indexEntrySchema = z.object({ mtimeMs: z.number(), size: z.number(), summary: articleSummarySchema });

interface IndexFile {
  schemaVersion: number;
  entries: Record<string, IndexEntry>;
}

/**
 * `<dataDir>/index.json`: a cache of summaries keyed by file mtime and size. It is only ever a
 * shortcut; anything missing, stale or unreadable in it is rebuilt from the article files.
 */
export class StoreIndex {
  private readonly db: Low<IndexFile>;
  private timer: NodeJS.Timeout | null = null;
  private firstPendingAt: number | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** A change was scheduled and not written yet (quitting with none writes nothing: 60 MB at 100,000 articles). */
  private dirty = false;

  constructor(
    file: string,
    private readonly delayMs: number,
    private readonly snapshot: () => Map<string, IndexEntry>,
    private readonly onError: (err: unknown) => void,
  ) {
    this.db = new Low<IndexFile>(new DurableJsonFile<IndexFile>(file, { space: 0 }), { schemaVersion: INDEX_VERSION, entries: {} });
  }

  /** The entries stored on disk; empty when the file is missing, unreadable or from another version. */
  async load(): Promise<Map<string, IndexEntry>> {
    const entries = new Map<string, IndexEntry>();
    try {
      await this.db.read();
    } catch {
      return entries;
    }
    const data = this.db.data as Partial<IndexFile> | null;
    if (data?.schemaVersion !== INDEX_VERSION || typeof data.entries !== 'object' || data.entries === null) return entries;
    for (const [id, entry] of Object.entries(data.entries)) {
      const parsed = indexEntrySchema.safeParse(entry);
      if (parsed.success && parsed.data.summary.id === id) entries.set(id, parsed.data);
    }
    return entries;
  }

  /**
   * Writes the index once changes have paused for `delayMs` (at the latest 10 × `delayMs` after
   * the first unsaved change), so the write, which costs more as the store grows, does not land
   * in the middle of a burst of autosaves.
   */
  schedule(): void {
    this.dirty = true;
    const now = Date.now();
    this.firstPendingAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstPendingAt + this.delayMs * 10 - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(this.onError);
    }, wait);
    this.timer.unref();
  }

  /** Writes the index now (after any write in progress) when a change is not written yet. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstPendingAt = null;
    const write = async () => {
      if (!this.dirty) return;
      this.dirty = false;
      // Newest change first: the store lists in this order after a start, and the list's sort then finds one long run.
      const ordered = [...this.snapshot()].sort(([, a], [, b]) => newestFirst(a.summary, b.summary));
      this.db.data = { schemaVersion: INDEX_VERSION, entries: Object.fromEntries(ordered) };
      await this.db.write().catch((err: unknown) => {
        this.dirty = true;
        throw err;
      });
    };
    this.writing = this.writing.catch(() => undefined).then(write);
    return this.writing;
  }
}
