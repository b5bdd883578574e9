/** What every top-level screen gets from the app shell. */
export interface ViewProps {
  /** Switches to the article editor with this article open. */
  openArticle(id: string): void;
  /** The set of articles changed (one was restored from the trash): the list refreshes. */
  onArticlesChanged?(): void;
}
