import type { Kysely, Transaction } from 'kysely';
import type { AdDocumentsTable, CommentRepliesTable, CommentThreadsTable, PresenceTable } from './team-tables';

/**
 * Tables of the site database. Times are ISO 8601 UTC strings from `Date#toISOString()`, so
 * they sort and compare as text identically on SQLite and PostgreSQL.
 */
export interface SiteTables {
  site_articles: ArticlesTable;
  site_article_tags: ArticleTagsTable;
  site_users: UsersTable;
  site_idempotency: IdempotencyTable;
  site_media: MediaTable;
  site_ad_documents: AdDocumentsTable;
  site_counters: CountersTable;
  site_live_tags: ArticleTagsTable;
  site_comment_threads: CommentThreadsTable;
  site_comment_replies: CommentRepliesTable;
  site_presence: PresenceTable;
}

export interface ArticlesTable {
  id: string;
  slug: string;
  status: string;
  /** Site revision: +1 on every stored change. */
  rev: number;
  /** When a scheduled article goes live: max(publishAt, embargoUntil). */
  publish_at: string | null;
  embargo_until: string | null;
  expire_at: string | null;
  /** When the article last went live; orders the front page and the feed. */
  published_at: string | null;
  updated_at: string;
  /** Position in the changes feed; larger is newer. */
  change_seq: number;
  /** The whole SiteArticle as JSON. */
  doc: string;
  /** Set while the article is deleted (soft: it stays for staff and the feed until restored). */
  deleted_at: string | null;
  /** Slug of the live version while published (public pages find it by this, not the working copy's). */
  live_slug: string | null;
}

export interface ArticleTagsTable {
  article_id: string;
  tag_slug: string;
  tag: string;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  created_at: string;
  /** The display name folded for case-insensitive uniqueness (auth/user-name.ts). */
  name_key: string;
  disabled_at: string | null;
}

export interface IdempotencyTable {
  user_id: string;
  idem_key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

export interface MediaTable {
  id: string;
  mime: string;
  size: number;
  data: Uint8Array;
  created_at: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

/** The site database handle. */
export type SiteDb = Kysely<SiteTables>;
/** A handle or an open transaction on it. */
export type SiteExecutor = Kysely<SiteTables> | Transaction<SiteTables>;
