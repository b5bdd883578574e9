import { createWpContext } from './wp-context';
import { wpWhoAmI } from './wp-login';
import { getPost, postToRemote } from './wp-posts';
import { pullPosts } from './wp-pull';
import { pushPost } from './wp-push';
import type { WordPressTarget, WordPressTargetConfig } from './wp-target-types';

export type { WordPressPushResult, WordPressTarget, WordPressTargetConfig, WordPressTargetOptions } from './wp-target-types';

/**
 * WordPress as a sync target, over the REST API (wp/v2) with an application password.
 *
 * Conflicts: WordPress has no ETag or If-Match on posts, so before every update the adapter
 * reads the post (context=edit) and compares its revision (modified_gmt plus a fingerprint of
 * the stored fields, see postRevision) with `baseRev`. What remains is the window between that
 * read and the write (one round trip, typically a few ms): a change saved in wp-admin inside
 * that window is overwritten. WordPress keeps post revisions, so it is not lost on the site.
 *
 * Idempotency: WordPress has no idempotency keys. Every post Copydesk writes starts with a hidden
 * comment `<!-- copydesk:post article="…" key="cdk…" -->` carrying the article id and a token
 * derived from the idempotency key. Before creating, the adapter searches the site's posts (all
 * statuses but trash) for the article id: a post with the same token means the first attempt did
 * arrive, and it is returned instead of creating a second one; a post of this article with another
 * token (a lost create retried under a new key) is reported as a conflict carrying that post.
 * An update whose base no longer matches but whose post still holds exactly this write (same
 * token, same title, excerpt and content) is a retry of a write that arrived, and succeeds.
 *
 * The parts: wp-push (with wp-push-check and wp-push-body), wp-pull, wp-posts, wp-login, over
 * the shared wp-context (REST client, terms, media, authors, settings).
 */
export function createWordPressTarget(config: WordPressTargetConfig): WordPressTarget {
  const ctx = createWpContext(config);
  const { http, media } = ctx;
  return {
    kind: 'wordpress',
    get restRoot() {
      return http.restRoot;
    },
    whoAmI: () => wpWhoAmI(http),
    push: (input) => pushPost(ctx, input),

    async fetch(remoteId) {
      await ctx.ensureLogin();
      const post = await getPost(ctx, remoteId);
      return post ? postToRemote(ctx, post) : null;
    },

    pull: (cursor) => pullPosts(ctx, cursor),

    async uploadMedia(input) {
      await ctx.ensureLogin();
      const entry = await media.upload(input);
      return { remoteMediaId: String(entry.remoteMediaId), url: entry.url };
    },

    getMediaState: () => media.getState(),
    setMediaState: (state) => media.setState(state),
  };
}
