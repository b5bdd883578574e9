import type { Article, ArticleFields } from '../../../core/article/article';
import type { BackoffPolicy } from '../../../core/sync/backoff';
import type { MergeConflict } from '../../../core/sync/merge';
import type { SyncTarget } from '../../../core/sync/sync-target';
import type { ArticleStore } from '../../articles/store/article-store';
import type { SyncFiles } from '../sync-files';
import type { TeamSink } from '../team/team-port';

/** Saves editor fields the way the UI does (slug kept unique, search index updated). */
export interface FieldSaver {
  save(id: string, baseRev: number, changes: Partial<ArticleFields>): Promise<Article>;
}

/** The bytes of a local image, or null when the media store does not have it. */
export type LoadMedia = (mediaId: string) => Promise<{ bytes: Uint8Array; mime: string } | null>;

/** What an engine is built from; everything but the wiring has a default. */
export interface SyncEngineOptions {
  target: SyncTarget;
  store: ArticleStore;
  articles: FieldSaver;
  files: SyncFiles;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Local edits are queued this long after the last change (default 1 s). */
  debounceMs?: number;
  /** How often the background loop looks for due work (default 1 s); 0 disables the loop. */
  tickMs?: number;
  /** How often the changes feed is read when nothing else happens (default 15 s). */
  pullEveryMs?: number;
  /**
   * The bytes of a local image: when given, the images an article uses (lead image, inline
   * figures) are uploaded once before it is pushed, so the site can show them.
   */
  loadMedia?: LoadMedia;
  /** Pushes in flight at once (default 4). */
  pushConcurrency?: number;
  /**
   * For a target with a team (the reference site): the site's id and the sink that takes the
   * team parts of the feed. Without it the team ops are still sent; the feed's team parts are dropped.
   */
  team?: { siteId: string; sink?: TeamSink };
}

/** How the last contact with the site went. */
export type ConnectionState = 'unknown' | 'online' | 'offline' | 'auth_failed' | 'forbidden';

/** What one sync round did. */
export interface SyncRoundSummary {
  pushed: number;
  pulled: number;
  conflicts: number;
  failed: number;
}

/** A kept conflict as the user sees it: the three versions and what differs. */
export interface ArticleConflictView {
  id: string;
  base: ArticleFields;
  local: ArticleFields;
  remote: ArticleFields;
  remoteRev: string;
  conflicts: MergeConflict[];
}

/** How pushing one queued article ended. */
export type PushOutcome = 'pushed' | 'conflict' | 'retry' | 'failed' | 'gone';

/** How taking one remote version in ended. */
export type TakeOutcome = 'skipped' | 'applied' | 'merged' | 'conflict';
