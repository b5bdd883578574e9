import type { Article } from '../../../core/article/article';
import type { SiteAccount, SiteAdItem, SitePresence, SiteThread } from '../../../core/sync/reference-site-api';
import type { QueuedTeamOp, TeamOp } from '../../../core/sync/team-op';

/** A refusal as the person who took the action reads it. */
export interface PlainRefusal {
  en: string;
  de: string;
}

/**
 * What the sync engine hands to the rest of the back end when the site's changes feed brings
 * team data, and what it reports about queued ops. Implemented by the workflow / ads / articles
 * side (wired in backend.ts); the engine imports no domain.
 */
export interface TeamSink {
  /** Threads at their current state on the site (replies, resolution); upsert by id, keep unsent local work. */
  applyThreads(siteId: string, items: readonly SiteThread[]): Promise<void>;
  /** Inventory documents changed on the site (doc null: deleted). The site is the truth. */
  applyAds(siteId: string, items: readonly SiteAdItem[]): Promise<void>;
  /** Who is editing what right now on other machines (the whole current list, replaced each round). */
  applyPresence(siteId: string, items: readonly SitePresence[]): void;
  /** The engine took the site's version of an article (before: the local one, null when new here). For history, revisions and the inbox. */
  articleTaken(siteId: string, before: Article | null, after: Article, updatedBy: { id: string; name: string } | null): Promise<void>;
  /** The site deleted (deletedAt set) or restored (null) an article; `by` made that change (the site's updatedBy). */
  articleDeleted(siteId: string, articleId: string, deletedAt: string | null, by?: { id: string; name: string } | null): Promise<void>;
  /** The site refused an op for good; the engine has already taken the site's state of the article. */
  opRefused(siteId: string, op: QueuedTeamOp, reason: PlainRefusal): Promise<void>;
}

/** What the sync side offers the rest of the back end. */
export interface TeamChannel {
  /** The account the app acts as on the connected site, or null when no site is connected (then the settings profile acts). */
  account(): SiteAccount | null;
  /** Queues an op for every connected site that takes team ops (durably, before returning). */
  enqueue(op: TeamOp, by: QueuedTeamOp['by']): Promise<void>;
  /** Tells the site this person is (not) editing the article; best effort, never queued. */
  presence(articleId: string, editing: boolean): Promise<void>;
}
