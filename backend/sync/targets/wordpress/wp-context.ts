import type { WordPressTargetConfig, WordPressTargetOptions } from './wp-target-types';
import { WpAuthors } from './wp-authors';
import { WpHttp } from './wp-http';
import { createLoginCheck } from './wp-login';
import { WpMedia } from './wp-media';
import { WpTerms } from './wp-terms';

/** What the parts of one WordPress target share: the REST client, the caches and the settings. */
export interface WpContext {
  readonly http: WpHttp;
  readonly terms: WpTerms;
  readonly media: WpMedia;
  readonly authors: WpAuthors;
  readonly opts: WordPressTargetOptions;
  readonly language: 'de' | 'en';
  readonly now: () => Date;
  /** Posts per pull page (1..100). */
  readonly pageSize: number;
  /** Resolves once the application password is known to work. */
  readonly ensureLogin: () => Promise<void>;
}

/** The shared parts of a target, with the defaults of its settings. */
export function createWpContext(config: WordPressTargetConfig): WpContext {
  const opts = config.options ?? {};
  const language = opts.language ?? 'de';
  const http = new WpHttp({ baseUrl: config.baseUrl, user: config.user, appPassword: config.appPassword, fetch: config.fetch ?? globalThis.fetch, timeoutMs: opts.timeoutMs ?? 20_000 });
  return {
    http,
    terms: new WpTerms(http),
    media: new WpMedia(http, opts.mediaState, opts.onMediaStateChange, language),
    authors: new WpAuthors(http, opts),
    opts,
    language,
    now: opts.now ?? (() => new Date()),
    pageSize: Math.min(Math.max(opts.pullPageSize ?? 50, 1), 100),
    ensureLogin: createLoginCheck(http),
  };
}
