import type { Clock } from './clock';
import type { OpenDatabase } from './db/connect';

/** Public facts about the site used in pages, feed and sitemap. */
export interface SiteIdentity {
  /** Shown in titles and the feed. */
  siteName: string;
  /** Absolute origin for feed and sitemap links, no trailing slash. */
  siteUrl: string;
  /** Language of the pages (BCP 47). */
  siteLanguage: string;
  /** IANA zone for dates on pages and time-dependent ad rules. */
  timeZone: string;
}

/** What every route needs: the database, the clock and the site's identity. */
export interface SiteContext {
  db: OpenDatabase;
  clock: Clock;
  identity: SiteIdentity;
}
