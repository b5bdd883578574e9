import type { Article } from '../../../core/article/article';

/** How many articles stay parsed in memory: the few an editor has open and autosaves. */
const KEEP = 16;

/**
 * The last articles written or read, each with the mtime and size its file had then. An autosave
 * reads the article it replaces; when the file is unchanged (one stat) the parsed copy is used
 * instead of reading, parsing and validating the file again. Anything else reads the file.
 */
export class RecentArticles {
  private readonly kept = new Map<string, { article: Article; mtimeMs: number; size: number }>();

  remember(article: Article, mtimeMs: number, size: number): void {
    this.kept.delete(article.id);
    this.kept.set(article.id, { article, mtimeMs, size });
    if (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value!);
  }

  /** The kept copy when the file still has the same mtime and size. */
  get(id: string, stat: { mtimeMs: number; size: number } | null): Article | null {
    const kept = this.kept.get(id);
    if (!kept || !stat || stat.mtimeMs !== kept.mtimeMs || stat.size !== kept.size) return null;
    return kept.article;
  }

  forget(id: string): void {
    this.kept.delete(id);
  }
}
