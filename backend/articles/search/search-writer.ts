import type { Article } from '../../../core/article/article';
import { bodyPlainText } from '../../../core/text/body-text';
import { foldWord } from './german-terms';
import { isDamagedDbError, markBodyWords, type SqliteDb } from './search-db';

/** What happens to one article in the index: its new version, read it from the store, or remove it. */
export type PendingChange = Article | 'read' | 'remove';

const BATCH = 16;
/**
 * After a person's save the writer keeps still this long, and at most MAX_HOLD_MS per batch
 * while saves keep coming: a batch is synchronous SQLite work (tens of ms into a 100,000-article
 * index) and, landing beside a save, it held that save's completion (autosave p95 30 ms, 5.5 ms
 * with the writer still).
 */
const QUIET_MS = 100;
const MAX_HOLD_MS = 1000;

/** The distinct words of the texts as the index folds them (each distinct spelling folded once). */
function foldedWords(texts: string[]): string[] {
  const raw = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) raw.add(w);
  const folded = new Set<string>();
  for (const w of raw) folded.add(foldWord(w));
  return [...folded];
}

/**
 * The index's only writer: changes are queued (a newer change replaces an older one of the same
 * article) and written in small transactions in the background, yielding between them, so a save
 * never waits for the index and the event loop is never held for long.
 */
export class SearchWriter {
  private readonly pending = new Map<string, PendingChange>();
  private readonly inFlight = new Map<string, PendingChange>();
  private running: Promise<void> | null = null;
  private quietUntil = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly findRow;
  private readonly insertDoc;
  private readonly deleteDoc;
  private readonly deleteText;
  private readonly insertText;
  private readonly insertWords;

  constructor(
    db: SqliteDb,
    private readonly read: (id: string) => Promise<Article | null>,
    private readonly events: {
      indexed(rowid: number, id: string | null): void;
      /** After each batch, written or not (a failed one is logged and found stale at the next start). */
      settled(ids: string[]): void;
      damaged(err: unknown): void;
      delayMs: number;
    },
  ) {
    this.findRow = db.prepare('SELECT rowid FROM docs WHERE id = ?').pluck();
    this.insertDoc = db.prepare('INSERT INTO docs (id, rev, updated_at) VALUES (?, ?, ?)');
    this.insertWords = db.prepare('INSERT OR IGNORE INTO words (term) SELECT value FROM json_each(?)');
    this.deleteDoc = db.prepare('DELETE FROM docs WHERE rowid = ?');
    this.deleteText = db.prepare('DELETE FROM fts WHERE rowid = ?');
    this.insertText = db.prepare('INSERT INTO fts (rowid, headline, teaser, tags, author, section, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.writeBatch = db.transaction((batch: Array<[string, Article | null]>) => batch.forEach(([id, article]) => this.apply(id, article)));
  }

  private readonly writeBatch: (batch: Array<[string, Article | null]>) => void;

  enqueue(id: string, change: PendingChange): void {
    const earlier = this.pending.get(id);
    // A known newer version is not replaced by "read it": the file holds the same.
    if (change === 'read' && earlier !== undefined && earlier !== 'remove') return;
    this.pending.set(id, change);
    if (!this.running && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.running = this.drain().finally(() => (this.running = null));
      }, this.events.delayMs);
      this.timer.unref?.();
    }
  }

  /** A person saved: let the save path have the event loop for a moment (see QUIET_MS). */
  hold(): void {
    this.quietUntil = Date.now() + QUIET_MS;
  }

  /** Articles whose indexed text may be out of date until the writer gets to them. */
  isPending = (id: string): boolean => this.pending.has(id) || this.inFlight.has(id);
  get size(): number {
    return this.pending.size + this.inFlight.size;
  }
  /** The queued changes, newest per article. */
  *queued(): Iterable<[string, PendingChange]> {
    for (const entry of this.inFlight) if (!this.pending.has(entry[0])) yield entry;
    yield* this.pending;
  }

  /** Resolves once everything queued so far is written. */
  async idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.running ??= this.drain().finally(() => (this.running = null));
    }
    while (this.running) await this.running;
  }

  /** Drops everything queued (the index is being replaced). */
  clear(): void {
    this.pending.clear();
  }

  /**
   * Writes one article's new version under a new rowid: the newest change has the highest, so
   * a search reads the most recently changed articles first.
   */
  private apply(id: string, article: Article | null): void {
    const rowid = this.findRow.get(id) as number | undefined;
    if (rowid !== undefined) {
      this.deleteText.run(rowid);
      this.deleteDoc.run(rowid);
      this.events.indexed(rowid, null);
    }
    if (!article) return;
    const row = Number(this.insertDoc.run(id, article.rev, article.updatedAt).lastInsertRowid);
    const { headline, teaser, author, section } = article;
    const tags = article.tags.join(' ');
    const body = bodyPlainText(article.body);
    this.insertText.run(row, headline, teaser, tags, author, section, markBodyWords(body));
    this.insertWords.run(JSON.stringify(foldedWords([headline, teaser, tags, author, section, body])));
    this.events.indexed(row, id);
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const holdStart = Date.now();
      while (Date.now() < this.quietUntil && Date.now() - holdStart < MAX_HOLD_MS) {
        await new Promise<void>((resolve) => setTimeout(resolve, Math.min(this.quietUntil - Date.now(), MAX_HOLD_MS)));
      }
      const taken = [...this.pending].slice(0, BATCH);
      for (const [id, change] of taken) {
        this.pending.delete(id);
        this.inFlight.set(id, change);
      }
      try {
        const batch = await Promise.all(
          taken.map(async ([id, change]): Promise<[string, Article | null]> => [id, change === 'remove' ? null : change === 'read' ? await this.read(id) : change]),
        );
        this.writeBatch(batch);
      } catch (err) {
        if (isDamagedDbError(err)) return this.events.damaged(err);
        console.error('[copydesk] updating the search index failed (the articles are indexed again at the next start):', err);
      } finally {
        this.inFlight.clear();
        this.events.settled(taken.map(([id]) => id));
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
