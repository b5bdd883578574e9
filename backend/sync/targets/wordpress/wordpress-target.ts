import { z } from 'zod';
import type { Article, ArticleFields, ArticleStatus } from '../../../../core/article/article';
import { articleFieldsSchema } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';
import { SyncFailure, type ChangesPage, type RemoteArticle, type SyncTarget } from '../../../../core/sync/sync-target';
import {
  articleToPost,
  fromWpGmt,
  idempotencyToken,
  postRevision,
  postToArticleFields,
  readOwnerMarker,
  wpPostListSchema,
  wpPostSchema,
  wpUserListSchema,
  wpUserSchema,
  type AdMarkerStyle,
  type NearFuturePolicy,
  type WpMetaKeys,
  type WpPost,
} from './';
import type { Schedule } from '../../../../core/workflow/schedule';
import { WpHttp } from './wp-http';
import { WpMedia, type WpMediaState } from './wp-media';
import { WpTerms } from './wp-terms';
import type { Role } from '../../../../core/workflow/roles';

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
  /** The local copy of an article (fields WordPress does not hold: SEO, ad overrides, noAds). */
  localBase?: (articleId: string) => { fields: ArticleFields; status: ArticleStatus; schedule: Schedule | null } | null;
  /** Posts per pull page (default 50, at most 100). */
  pullPageSize?: number;
  now?: () => Date;
}

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

export interface WordPressTarget extends SyncTarget {
  readonly kind: 'wordpress';
  push(input: { article: Article; remoteId: string | null; baseRev: string | null; idempotencyKey: string }): Promise<WordPressPushResult>;
  /** The media mapping to persist (mediaId -> attachment id, URL, hash). */
  getMediaState(): WpMediaState;
  setMediaState(state: WpMediaState): void;
  /** The REST root found by discovery (…/wp-json/ or …/?rest_route=/), null before the first call. */
  readonly restRoot: string | null;
}

/** Cursor of pull: the last modified_gmt seen and the posts already returned at that second. */
const cursorSchema = z.object({
  v: z.literal(1),
  t: z.string(),
  seen: z.record(z.string(), z.string()),
  page: z.number().int().positive(),
  /** Every post of second `t` was returned (after paging through a bulk edit): ask strictly after it. */
  strict: z.boolean().optional(),
});
type Cursor = z.infer<typeof cursorSchema>;

function parseCursor(cursor: string | null): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(cursor));
    if (parsed.success) return parsed.data;
  } catch {
    /* fall through */
  }
  throw new SyncFailure('rejected', 'not a WordPress pull cursor');
}

const wpRoleToApp = (roles: readonly string[]): Role | null => {
  if (roles.some((r) => r === 'administrator' || r === 'editor' || r === 'author')) return 'publisher';
  if (roles.includes('contributor')) return 'editor';
  return null;
};

function bodyMediaIds(nodes: readonly BodyNode[] | undefined, out: Set<string>): Set<string> {
  for (const n of nodes ?? []) {
    if (n.type === 'figure' && typeof n.attrs?.mediaId === 'string' && n.attrs.mediaId) out.add(n.attrs.mediaId);
    bodyMediaIds(n.content, out);
  }
  return out;
}

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
 */
export function createWordPressTarget(config: WordPressTargetConfig): WordPressTarget {
  const opts = config.options ?? {};
  const language = opts.language ?? 'de';
  const now = opts.now ?? (() => new Date());
  const http = new WpHttp({ baseUrl: config.baseUrl, user: config.user, appPassword: config.appPassword, fetch: config.fetch ?? globalThis.fetch, timeoutMs: opts.timeoutMs ?? 20_000 });
  const terms = new WpTerms(http);
  const media = new WpMedia(http, opts.mediaState, opts.onMediaStateChange, language);
  const authorIdCache = new Map<string, number | null>();
  const authorNameCache = new Map<number, string | null>();
  const pageSize = Math.min(Math.max(opts.pullPageSize ?? 50, 1), 100);

  // A wrong application password makes WordPress treat requests as anonymous: some then fail
  // as "bad parameter" instead of 401. So the login is checked once before the first call.
  let loginChecked: Promise<void> | null = null;
  function ensureLogin(): Promise<void> {
    loginChecked ??= http.request({ route: '/wp/v2/users/me', query: { _fields: 'id' } }, z.object({ id: z.number().int() }).passthrough()).then(
      () => undefined,
      (err: unknown) => {
        loginChecked = null;
        throw err;
      },
    );
    return loginChecked;
  }

  async function authorIdFor(name: string): Promise<number | undefined> {
    const trimmed = name.trim();
    if (!trimmed) return undefined;
    if (opts.authorIds?.[trimmed] !== undefined) return opts.authorIds[trimmed];
    if (!authorIdCache.has(trimmed)) {
      try {
        const res = await http.request({ route: '/wp/v2/users', query: { search: trimmed, context: 'edit', per_page: 20, _fields: 'id,name,slug' } }, wpUserListSchema);
        const hit = res.data.find((u) => u.name.toLocaleLowerCase('de') === trimmed.toLocaleLowerCase('de'));
        authorIdCache.set(trimmed, hit?.id ?? null);
        if (hit) authorNameCache.set(hit.id, hit.name);
      } catch (err) {
        // Listing users needs list_users; without it the post keeps WordPress's author.
        if (!(err instanceof SyncFailure) || err.kind !== 'forbidden') throw err;
        authorIdCache.set(trimmed, null);
      }
    }
    return authorIdCache.get(trimmed) ?? undefined;
  }

  async function authorNameFor(id: number | undefined): Promise<string | null> {
    if (!id) return null;
    if (!authorNameCache.has(id)) {
      try {
        const res = await http.request({ route: `/wp/v2/users/${id}`, query: { _fields: 'id,name' } }, wpUserSchema);
        authorNameCache.set(id, res.data.name);
      } catch (err) {
        if (!(err instanceof SyncFailure) || (err.kind !== 'forbidden' && err.kind !== 'not_found' && err.kind !== 'auth')) throw err;
        authorNameCache.set(id, null);
      }
    }
    return authorNameCache.get(id) ?? null;
  }

  async function ensureMedia(mediaId: string, alt: string, caption: string, credit: string, notes: string[]): Promise<number | null> {
    const known = media.entry(mediaId);
    if (known) return known.remoteMediaId;
    const loaded = opts.loadMedia ? await opts.loadMedia(mediaId) : null;
    if (!loaded) {
      notes.push(`image ${mediaId} is not on WordPress yet and its bytes are not available here`);
      return null;
    }
    const entry = await media.upload({ mediaId, bytes: loaded.bytes, mime: loaded.mime, alt, caption: loaded.caption ?? caption, credit });
    return entry.remoteMediaId;
  }

  async function toRemote(post: WpPost): Promise<RemoteArticle> {
    const content = post.content.raw ?? '';
    const articleId = readOwnerMarker(content)?.articleId ?? null;
    const [categoryNames, tagNames, authorName] = await Promise.all([
      terms.namesFor('categories', post.categories ?? []),
      terms.namesFor('tags', post.tags ?? []),
      authorNameFor(post.author),
    ]);
    const base = articleId && opts.localBase ? opts.localBase(articleId) : null;
    const read = postToArticleFields(post, {
      categoryName: categoryNames[0] ?? null,
      tagNames,
      authorName,
      base: base ?? undefined,
      language,
      unpublishedAs: opts.unpublishedAs ?? 'draft',
      mediaIdForRemote: (id) => media.mediaIdForRemote(id),
      mediaIdForUrl: (url) => media.mediaIdForUrl(url),
      placementIds: opts.placementIds,
    });
    const check = articleFieldsSchema.safeParse(read.fields);
    if (!check.success) throw new SyncFailure('invalid_response', `post ${post.id} cannot be read as an article: ${check.error.issues[0]?.message ?? 'invalid'}`);
    return {
      remoteId: String(post.id),
      remoteRev: postRevision(post),
      fields: check.data,
      status: read.status,
      schedule: read.schedule,
      updatedAt: fromWpGmt(post.modified_gmt) ?? new Date(0).toISOString(),
    };
  }

  async function getPost(remoteId: string): Promise<WpPost | null> {
    if (!/^\d+$/.test(remoteId)) throw new SyncFailure('rejected', `not a WordPress post id: ${remoteId}`);
    try {
      const res = await http.request({ route: `/wp/v2/posts/${remoteId}`, query: { context: 'edit' } }, wpPostSchema);
      return res.data.status === 'trash' ? null : res.data;
    } catch (err) {
      if (err instanceof SyncFailure && err.kind === 'not_found') return null;
      throw err;
    }
  }

  /**
   * Posts that already carry this article's owner marker (one search, all statuses but trash).
   * A leading hyphen would make WordPress search exclude the term, so it is stripped; the
   * marker is then compared exactly.
   */
  async function findOwned(articleId: string): Promise<WpPost[]> {
    const term = articleId.replace(/^-+/, '');
    const res = await http.request({ route: '/wp/v2/posts', query: { search: term, status: 'any', context: 'edit', per_page: 100 } }, wpPostListSchema);
    return res.data.filter((p) => readOwnerMarker(p.content.raw ?? '')?.articleId === articleId);
  }

  /** Whether the post still holds exactly what this write (same token) put there: a retry of an update that arrived. */
  function isOurWrite(post: WpPost, article: Article, token: string): boolean {
    const { post: expected } = articleToPost(article, {
      categoryId: null,
      tagIds: [],
      featuredMediaId: undefined,
      adMarker: opts.adMarker ?? 'comment',
      unpublishedAs: opts.unpublishedAs ?? 'draft',
      now: now(),
      idempotencyToken: token,
      mediaUrl: (id) => media.entry(id)?.url ?? null,
      placementIds: opts.placementIds,
    });
    return post.title.raw === expected.title && post.excerpt.raw === expected.excerpt && post.content.raw === expected.content;
  }

  const target: WordPressTarget = {
    kind: 'wordpress',
    get restRoot() {
      return http.restRoot;
    },

    async whoAmI() {
      const res = await http.request({ route: '/wp/v2/users/me', query: { context: 'edit' } }, wpUserSchema);
      const role = wpRoleToApp(res.data.roles ?? []);
      if (!role) throw new SyncFailure('forbidden', `The WordPress account "${res.data.name}" (${(res.data.roles ?? []).join(', ') || 'no role'}) may not write posts`);
      return { name: res.data.name, role };
    },

    async push({ article, remoteId, baseRev, idempotencyKey }) {
      await ensureLogin();
      const notes: string[] = [];
      const token = idempotencyToken(idempotencyKey);

      // Current remote state first: a conflict must not cost uploads or term creation.
      let existing: WpPost | null = null;
      let checkedAt = 0;
      if (remoteId) {
        existing = await getPost(remoteId);
        checkedAt = http.requestCount;
        if (!existing) throw new SyncFailure('not_found', `WordPress post ${remoteId} is gone (deleted or in the trash)`);
        const currentRev = postRevision(existing);
        if (baseRev !== null && currentRev !== baseRev) {
          if (readOwnerMarker(existing.content.raw ?? '')?.token === token && isOurWrite(existing, article, token)) {
            return { remoteId, remoteRev: currentRev, link: existing.link, reusedExisting: true, notes };
          }
          throw new SyncFailure('conflict', `WordPress post ${remoteId} changed on the site since the last sync`, { current: await toRemote(existing) });
        }
      } else {
        const owned = await findOwned(article.id);
        const same = owned.find((p) => readOwnerMarker(p.content.raw ?? '')?.token === token);
        if (same) return { remoteId: String(same.id), remoteRev: postRevision(same), link: same.link, reusedExisting: true, notes };
        // The site already has this article from an earlier create whose answer was lost (under
        // another key): not a second post, but a conflict with that copy for the engine to merge.
        const other = owned[0];
        if (other) throw new SyncFailure('conflict', `WordPress already has this article as post ${other.id}`, { current: await toRemote(other) });
      }

      const section = article.section.trim();
      const categoryId = section ? await terms.idFor('categories', section) : null;
      const tagIds: number[] = [];
      for (const tag of article.tags) tagIds.push(await terms.idFor('tags', tag));
      let featuredMediaId: number | null | undefined = null;
      if (article.leadImage.mediaId) {
        featuredMediaId = (await ensureMedia(article.leadImage.mediaId, article.leadImage.alt, '', article.leadImage.credit, notes)) ?? undefined;
      }
      for (const id of bodyMediaIds(article.body.content, new Set())) {
        if (!media.entry(id)) await ensureMedia(id, '', '', '', notes);
      }
      const authorId = await authorIdFor(article.author);
      if (article.author.trim() && authorId === undefined) notes.push(`no WordPress user named "${article.author.trim()}": the post keeps WordPress's author`);
      const { post, statusMapping } = articleToPost(article, {
        categoryId,
        tagIds,
        featuredMediaId,
        ...(authorId !== undefined ? { authorId } : {}),
        adMarker: opts.adMarker ?? 'comment',
        unpublishedAs: opts.unpublishedAs ?? 'draft',
        nearFuture: opts.nearFuture,
        now: now(),
        idempotencyToken: token,
        mediaUrl: (id) => media.entry(id)?.url ?? null,
        placementIds: opts.placementIds,
        metaKeys: opts.metaKeys,
      });
      if (statusMapping.missingPublishTime) notes.push('scheduled without a publish time: sent as a draft');

      // Another look right before writing when terms, media or users were fetched meanwhile.
      if (existing && baseRev !== null && http.requestCount !== checkedAt) {
        const again = await getPost(existing.id.toString());
        if (!again) throw new SyncFailure('not_found', `WordPress post ${existing.id} is gone (deleted or in the trash)`);
        if (postRevision(again) !== baseRev) throw new SyncFailure('conflict', `WordPress post ${existing.id} changed on the site since the last sync`, { current: await toRemote(again) });
      }
      const write = (postId: number | null) => http.request({ method: 'POST', route: postId ? `/wp/v2/posts/${postId}` : '/wp/v2/posts', query: { context: 'edit' }, json: post }, wpPostSchema);
      let res: Awaited<ReturnType<typeof write>>;
      try {
        res = await write(existing?.id ?? null);
      } catch (err) {
        // The attachment we remembered was deleted in the media library: upload again, once.
        const leadId = article.leadImage.mediaId;
        if (!(err instanceof SyncFailure) || err.kind !== 'rejected' || !/rest_invalid_featured_media/.test(err.message) || !leadId) throw err;
        media.forget(leadId);
        const again = await ensureMedia(leadId, article.leadImage.alt, '', article.leadImage.credit, notes);
        if (again === null) delete post.featured_media;
        else post.featured_media = again;
        // WordPress may have saved the new post before refusing the image: write onto that one.
        const created = existing ? null : (await findOwned(article.id)).find((p) => readOwnerMarker(p.content.raw ?? '')?.token === token);
        res = await write(existing?.id ?? created?.id ?? null);
      }
      // On create WordPress drops an unknown featured image silently: upload again and set it.
      const leadId = article.leadImage.mediaId;
      if (leadId && post.featured_media && res.data.featured_media !== post.featured_media) {
        media.forget(leadId);
        const again = await ensureMedia(leadId, article.leadImage.alt, '', article.leadImage.credit, notes);
        if (again !== null) {
          post.featured_media = again;
          res = await write(res.data.id);
        }
      }
      const result: WordPressPushResult = { remoteId: String(res.data.id), remoteRev: postRevision(res.data), link: res.data.link, notes };
      if (statusMapping.publishedEarlyMs !== undefined) {
        result.publishedEarly = true;
        result.publishedEarlyMs = statusMapping.publishedEarlyMs;
      }
      if (statusMapping.holdUntil) result.holdUntil = statusMapping.holdUntil;
      return result;
    },

    async fetch(remoteId) {
      await ensureLogin();
      const post = await getPost(remoteId);
      return post ? toRemote(post) : null;
    },

    async pull(cursorText): Promise<ChangesPage> {
      const cursor = parseCursor(cursorText);
      await ensureLogin();
      const query: Record<string, string | number> = { status: 'any', context: 'edit', orderby: 'modified', order: 'asc', per_page: pageSize, page: cursor?.page ?? 1 };
      // modified_after is exclusive and whole seconds: ask from one second earlier, drop what we saw.
      if (cursor) query.modified_after = new Date(Date.parse(`${cursor.t}Z`) - (cursor.strict ? 0 : 1000)).toISOString().replace('.000Z', 'Z');
      const res = await http.request({ route: '/wp/v2/posts', query }, wpPostListSchema);
      const fresh = res.data.filter((p) => !(cursor && p.modified_gmt === cursor.t && cursor.seen[String(p.id)] === postRevision(p)));
      const changes: RemoteArticle[] = [];
      for (const post of fresh) changes.push(await toRemote(post));

      let next: Cursor;
      const maxT = res.data.reduce((m, p) => (p.modified_gmt > m ? p.modified_gmt : m), cursor?.t ?? '');
      const full = res.data.length === pageSize;
      if (!cursor && !res.data.length) next = { v: 1, t: '1970-01-01T00:00:00', seen: {}, page: 1 };
      else if (cursor && maxT === cursor.t) {
        // Nothing newer than the cursor's second on this page. A full page means a bulk edit put
        // more posts into that second than a page holds: page on within it. A short page after
        // such paging means the second is done: from now on ask strictly after it.
        const seen = { ...cursor.seen };
        for (const p of res.data) if (p.modified_gmt === maxT) seen[String(p.id)] = postRevision(p);
        if (full) next = { v: 1, t: maxT, seen, page: cursor.page + 1, strict: cursor.strict };
        else if (cursor.page > 1) next = { v: 1, t: maxT, seen: {}, page: 1, strict: true };
        else next = { v: 1, t: maxT, seen, page: 1, strict: cursor.strict };
      } else {
        const seen: Record<string, string> = {};
        for (const p of res.data) if (p.modified_gmt === maxT) seen[String(p.id)] = postRevision(p);
        next = { v: 1, t: maxT, seen, page: 1 };
      }
      const more = full || next.page > 1;
      return { changes, cursor: JSON.stringify(next), more };
    },

    async uploadMedia(input) {
      await ensureLogin();
      const entry = await media.upload(input);
      return { remoteMediaId: String(entry.remoteMediaId), url: entry.url };
    },

    getMediaState: () => media.getState(),
    setMediaState: (state) => media.setState(state),
  };
  return target;
}
