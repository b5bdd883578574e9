import type { Article, ArticleFields, ArticleStatus } from '../article/article';
import type { Schedule } from '../workflow/schedule';
import type { Role } from '../workflow/roles';

/** An article as a sync target holds it. `remoteRev` is whatever the target versions by (a revision number, modified_gmt). */
export interface RemoteArticle {
  remoteId: string;
  remoteRev: string;
  fields: ArticleFields;
  status: ArticleStatus;
  schedule: Schedule | null;
  /** When the target last changed it (UTC ISO). */
  updatedAt: string;
}

/** The sync state note for an article WordPress published at once (shown beside "Synced"). */
export const PUBLISHED_EARLY_NOTE = 'wordpress-published-early';

/** Why a target refused or failed; the sync engine decides from `kind` whether to retry. */
export type SyncFailureKind =
  | 'conflict' // the remote changed since `baseRev`: `current` carries it
  | 'auth' // wrong token or password
  | 'forbidden' // the account's role may not do this
  | 'not_found'
  | 'rate_limited' // retry after `retryAfterMs`
  | 'unavailable' // down, timeout, connection reset, 5xx
  | 'invalid_response' // the target answered something that is not what its API promises
  | 'rejected'; // the target refused the data (4xx other than the above)

export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
    readonly extra: { current?: RemoteArticle; retryAfterMs?: number; status?: number } = {},
  ) {
    super(message);
    this.name = 'SyncFailure';
  }

  get retryable(): boolean {
    return this.kind === 'unavailable' || this.kind === 'rate_limited' || this.kind === 'invalid_response';
  }
}

/** One page of the target's changes since a cursor. */
export interface ChangesPage {
  changes: RemoteArticle[];
  cursor: string;
  more: boolean;
  /** Changes still waiting after this page, when the target says (progress of a long pull). */
  remaining?: number;
}

/**
 * A place articles are published to: the reference site or WordPress. The sync engine (outbox,
 * retries, merge) talks only to this interface, after Joplin's sync targets.
 * Every method throws SyncFailure on failure, never anything else.
 */
export interface SyncTarget {
  readonly kind: 'reference-site' | 'wordpress';
  /** Checks the URL and credentials; returns the account as the target knows it. */
  whoAmI(): Promise<{ name: string; role: Role }>;
  /**
   * Creates (no remoteId) or updates an article. `baseRev` is the remote revision the local
   * edit started from; a different current revision fails with kind 'conflict'. The
   * idempotency key makes a retried request return the first result and create nothing new.
   */
  push(input: { article: Article; remoteId: string | null; baseRev: string | null; idempotencyKey: string }): Promise<{
    remoteId: string;
    remoteRev: string;
    /** The status the target ended in, when it may differ from the one sent (a schedule already due is published at once). */
    status?: ArticleStatus;
    /** WordPress: a scheduled post less than a minute ahead was published at once (WordPress does that itself). */
    publishedEarly?: boolean;
  }>;
  /** The current remote copy, or null when it is gone. */
  fetch(remoteId: string): Promise<RemoteArticle | null>;
  /** Changes since `cursor` (null: from the beginning). */
  pull(cursor: string | null): Promise<ChangesPage>;
  /** Uploads an image once (the target may dedupe by hash); returns the target's id and URL. */
  uploadMedia(input: { mediaId: string; bytes: Uint8Array; mime: string; alt: string; caption: string; credit: string }): Promise<{ remoteMediaId: string; url: string }>;
}
