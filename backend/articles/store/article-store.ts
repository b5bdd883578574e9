import type { Article, ArticleFields, ArticleSummary } from '../../../core/article/article';

/** A file that failed to parse or validate. It stays on disk; the last good copy may be offered. */
export interface DamagedFile {
  id: string;
  /** Path relative to the data directory. */
  file: string;
  reason: string;
  hasBackup: boolean;
}

/**
 * Persistence of articles: one JSON file per article plus a small index, durable writes.
 * Knows nothing of slugs, search or workflow rules (the services above it do).
 * Errors are thrown as AppError (core/contract/result) with codes NOT_FOUND, CONFLICT,
 * DAMAGED, STORAGE_FAILED.
 */
/** What a new article may start with besides its fields. */
export type InitialState = Partial<Pick<Article, 'status' | 'schedule' | 'statusHistory' | 'corrections' | 'pendingUpdate'>>;

export interface ArticleStore {
  /** Loads the index, reconciles it with the files on disk, migrates old files, finds damaged ones. */
  open(): Promise<void>;
  /** Every readable article's summary plus one summary per damaged file (with `damaged` set). In memory, cheap. */
  list(): ArticleSummary[];
  /** One article's summary as list() has it (a damaged file's too), without building the list. */
  summary(id: string): ArticleSummary | undefined;
  /** The whole article. Throws NOT_FOUND, or DAMAGED when its file does not parse. */
  get(id: string): Promise<Article>;
  /**
   * Creates and durably stores a new article (rev 0, status draft unless `initial` says
   * otherwise: an article taken from the site arrives with its status and history in one write).
   */
  create(fields: ArticleFields, id?: string, initial?: InitialState): Promise<Article>;
  /**
   * Applies `changes` to the article at `baseRev`, bumps rev and updatedAt, and resolves only
   * once the new bytes are durably on disk (fsync'd file and directory). Throws CONFLICT with
   * `details: { currentRev }` when `baseRev` is not the stored rev.
   */
  save(id: string, baseRev: number, changes: Partial<ArticleFields>): Promise<Article>;
  /** Writes a whole article as given by a service that computed it (tag rename, restore, status). Bumps rev. */
  replace(article: Article): Promise<Article>;
  /** Moves the file to `trash/` in the data directory; resolves with its name there. */
  delete(id: string): Promise<string>;
  /** Moves a file `delete` put in the trash (by that name) back and lists it again. NOT_FOUND when it is gone. */
  undelete(id: string, trashedName: string): Promise<Article>;
  damaged(): DamagedFile[];
  /** Replaces a damaged file by its last good copy, keeping the damaged bytes aside. */
  restoreBackup(id: string): Promise<Article>;
  /** Reads every readable article, one at a time (for building the search index). */
  iterate(): AsyncIterable<Article>;
  /** Called after each successful write or delete, with the new summary (null when deleted). */
  onChange(listener: (id: string, summary: ArticleSummary | null) => void): () => void;
  /** Flushes the index and releases resources. */
  close(): Promise<void>;
}
