import type { Kysely, Transaction } from 'kysely';

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

export interface AdDocumentsTable {
  kind: string;
  id: string;
  doc: string;
  updated_at: string;
}

export interface CountersTable {
  name: string;
  value: number;
}

/** The site database handle. */
export type SiteDb = Kysely<SiteTables>;
/** A handle or an open transaction on it. */
export type SiteExecutor = Kysely<SiteTables> | Transaction<SiteTables>;
