import { wordpressSiteOptionsSchema, type WordPressSiteOptions } from '../../../../core/contract/calls/sync';
import { defineTargetKind } from '../target-kind';
import { createWordPressTarget } from './wordpress-target';
import type { WpMediaState } from './wp-media';

/**
 * WordPress over its REST API: a user and an application password (opened once, the REST
 * client signs every request with it). The target uploads images itself (featured media).
 */
export const wordpressKind = defineTargetKind<'wordpress', WordPressSiteOptions>({
  kind: 'wordpress',
  optionsSchema: wordpressSiteOptionsSchema,
  uploadsMediaBeforePush: false,
  secretPerRequest: false,
  fromInput: (input) => ({
    secret: input.appPassword.trim(),
    user: input.user.trim(),
    options: { adMarker: 'comment', unpublishedAs: 'draft', ...input.options },
  }),
  createTarget: (site, secret, deps) =>
    createWordPressTarget({
      baseUrl: site.url,
      user: site.user,
      appPassword: typeof secret === 'string' ? secret : '',
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      options: {
        timeoutMs: deps.timeoutMs,
        ...(site.options ?? {}),
        ...(deps.loadMedia ? { loadMedia: deps.loadMedia } : {}),
        // WordPress holds no SEO, alt text, ad overrides or "No ads": they come from the last sync.
        ...(deps.syncedBase ? { localBase: deps.syncedBase } : {}),
        // The media mapping outlives a restart, so an image is never uploaded twice.
        mediaState: deps.savedState as WpMediaState | undefined,
        ...(deps.saveState ? { onMediaStateChange: deps.saveState } : {}),
      },
    }),
});
