/** An article as read from a file of some older schema version: plain JSON, not yet validated. */
export type RawArticle = Record<string, unknown>;

/** One step of the article file format: lifts an article from version `from` to `from + 1`. */
export interface ArticleMigration {
  from: number;
  /** What changed, for logs and the migration test. */
  description: string;
  up(article: RawArticle): RawArticle;
}
