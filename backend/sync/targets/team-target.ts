import type { Correction, PendingUpdate } from '../../../core/article/article';
import type { SiteAccount, SiteAdItem, SitePresence, SiteThread } from '../../../core/sync/reference-site-api';
import type { ChangesPage, RemoteArticle, SyncTarget } from '../../../core/sync/sync-target';
import type { QueuedTeamOp } from '../../../core/sync/team-op';
import type { StatusHistoryEntry } from '../../../core/workflow/history';

/** What a team site keeps of an article besides fields, status and schedule (taken with it). */
export interface RemoteTeamState {
  statusHistory: StatusHistoryEntry[];
  corrections: Correction[];
  pendingUpdate: PendingUpdate | null;
  /** Who made the site's last change (null: unknown or the system). */
  updatedBy: { id: string; name: string } | null;
  /** Set while the article is deleted on the site. */
  deletedAt: string | null;
}

/** A remote version as a team site answers it: core's RemoteArticle plus its team state. */
export type TeamRemoteArticle = RemoteArticle & { team?: RemoteTeamState };

/** The team parts of a changes page: threads and inventory changed since the cursor, and who is editing now. */
export interface TeamFeed {
  threads: SiteThread[];
  ads: SiteAdItem[];
  presence: SitePresence[];
}

/** A changes page of a team site (core's ChangesPage cannot grow: the extra parts ride along here). */
export type TeamChangesPage = ChangesPage & { changes: TeamRemoteArticle[]; team?: TeamFeed };

/** A push answer of a team site: the article as stored, so its status and history are known at once. */
export interface TeamPushExtra {
  remote?: TeamRemoteArticle;
}

/**
 * The capability of a target whose site keeps a team (the reference site): people with names,
 * actions instead of status writes, comments, one ad inventory, presence. WordPress has none;
 * its engines ignore team ops.
 */
export interface TeamTarget {
  /** The account the token belongs to (GET /me; remembered per token). */
  account(): Promise<SiteAccount>;
  /**
   * Sends one queued op (Idempotency-Key: its id). `remoteId` is the site's id of the op's
   * article (null for inventory ops). Answers the article when the op changed one.
   */
  sendOp(queued: QueuedTeamOp, remoteId: string | null): Promise<{ article: TeamRemoteArticle | null }>;
  /** PUT /articles/{id}/presence: best effort, never queued. */
  setPresence(remoteId: string, editing: boolean): Promise<void>;
}

/** The target's team capability, or null when its site has none (WordPress). */
export function teamTargetOf(target: SyncTarget): (SyncTarget & TeamTarget) | null {
  const t = target as Partial<TeamTarget>;
  return typeof t.sendOp === 'function' && typeof t.setPresence === 'function' && typeof t.account === 'function' ? (target as SyncTarget & TeamTarget) : null;
}
