import type { Article, ArticleFields, ArticleStatus } from '../../../../core/article/article';
import type { SyncTarget } from '../../../../core/sync/sync-target';
import type { Schedule } from '../../../../core/workflow/schedule';
import type { AdMarkerStyle, NearFuturePolicy, WpMetaKeys } from './';
import type { WpMediaState } from './wp-media';

/** Settings of a WordPress site (Settings -> Sites). */
export interface WordPressTargetOptions {
  /** How manual ad slots are written: HTML comment marker (default) or Advanced Ads placement shortcode. */
  adMarker?: AdMarkerStyle;
  /** Slot id -> Advanced Ads placement id. */
  placementIds?: Record<string, string>;
  /** What 'unpublished' (and 'archived') becomes: draft (default) or private. */
  unpublishedAs?: 'draft' | 'private';
  /** Scheduled less than 60 s ahead: 'publish-early' (default) or 'hold' (always held with an embargo). */
  nearFuture?: NearFuturePolicy;
  /** Per-request timeout (default 20 s). */
  timeoutMs?: number;
  /** Site language (labels in the content footer). */
  language?: 'de' | 'en';
  /** Author name as in the article -> WordPress user id. Unlisted names are looked up by display name. */
  authorIds?: Record<string, number>;
  /** Post meta keys the site registered for source and image credit (else the content footer only). */
  metaKeys?: WpMetaKeys;
  /** Bytes of an app image, so push can upload lead and body images it has not uploaded yet. */
  loadMedia?: (mediaId: string) => Promise<{ bytes: Uint8Array; mime: string; caption?: string } | null>;
  /** The persisted media mapping, and a callback whenever it changes (the engine stores it). */
  mediaState?: WpMediaState;
  onMediaStateChange?: (state: WpMediaState) => void;
  /**
   * The app's last synced copy of an article (its merge base): what WordPress cannot hold (SEO,
   * alt text, ad overrides, "No ads", anything added later) is read from it, never as a blank.
   */
  localBase?: (articleId: string) => Promise<LocalBase | null> | LocalBase | null;
  /** Posts per pull page (default 50, at most 100). */
  pullPageSize?: number;
  now?: () => Date;
}

/** An article as the app last synced it. */
export interface LocalBase {
  fields: ArticleFields;
  status: ArticleStatus;
  schedule: Schedule | null;
}

/** Where the site is and how to log in, plus its settings. */
export interface WordPressTargetConfig {
  baseUrl: string;
  user: string;
  appPassword: string;
  fetch?: typeof globalThis.fetch;
  options?: WordPressTargetOptions;
}

/** push's answer: the SyncTarget result plus what the UI should tell the user. */
export interface WordPressPushResult {
  remoteId: string;
  remoteRev: string;
  /** The post's public URL. */
  link?: string;
  /** A scheduled article went out as 'publish' up to 60 s early (WordPress's near-future rule). */
  publishedEarly?: boolean;
  publishedEarlyMs?: number;
  /** A scheduled article was held back as a draft; push again at this instant. */
  holdUntil?: string;
  /** A retried create found the post its first attempt had made (no duplicate). */
  reusedExisting?: boolean;
  /** Things the adapter could not carry over (e.g. a lead image it has no bytes for). */
  notes: string[];
}

/** The WordPress target: a SyncTarget with a richer push answer and its media mapping. */
export interface WordPressTarget extends SyncTarget {
  readonly kind: 'wordpress';
  push(input: { article: Article; remoteId: string | null; baseRev: string | null; idempotencyKey: string }): Promise<WordPressPushResult>;
  /** The media mapping to persist (mediaId -> attachment id, URL, hash). */
  getMediaState(): WpMediaState;
  setMediaState(state: WpMediaState): void;
  /** The REST root found by discovery (…/wp-json/ or …/?rest_route=/), null before the first call. */
  readonly restRoot: string | null;
}
