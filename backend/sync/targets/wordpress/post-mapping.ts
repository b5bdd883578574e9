import type { Article, ArticleFields, ArticleStatus } from '../../../../core/article/article';
import { articleFieldsSchema, normalizeTags, tagKey, tagSchema } from '../../../../core/article/article';
import type { BodyDoc, BodyNode } from '../../../../core/article/body-schema';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../../core/article/slug';
import { renderBodyHtml } from '../../../../core/render/body-html';
import { escapeHtml } from '../../../../core/render/escape';
import { pageText } from '../../../../core/render/labels';
import { scheduleSchema, type Schedule } from '../../../../core/workflow/schedule';
import { elementText, findElement, hasClass, htmlToBody, parseHtmlTree, type HtmlElement } from './html-to-body';
import { decodeEntities, htmlToPlainText } from './html-text';
import { adMarker, adOffMarker, adSlotFromComment, adSlotFromShortcode, fnv1a, ownerMarker, readOwnerMarker, textToWpHtml, type AdMarkerStyle } from './markers';
import { articleStatusToWp, fromWpGmt, wpStatusToArticle, type NearFuturePolicy, type StatusMapping } from './status';
import type { WpPost } from './wp-schemas';

/** Class of the footer block that carries source and image credit in post content. */
export const FOOTER_CLASS = 'copydesk-footer';

/** Post meta keys the site registered (register_post_meta with show_in_rest) for our fields. */
export interface WpMetaKeys {
  source?: string;
  imageCredit?: string;
}

/** What articleToPost needs besides the article: ids the adapter resolved, and settings. */
export interface ArticleToPostContext {
  categoryId: number | null;
  tagIds: readonly number[];
  /** The featured image's media id; null removes it; undefined leaves WordPress's as it is. */
  featuredMediaId: number | null | undefined;
  authorId?: number;
  adMarker: AdMarkerStyle;
  unpublishedAs: 'draft' | 'private';
  now: Date;
  /** Hidden token (see idempotencyToken) written into the owner marker. */
  idempotencyToken?: string;
  /** URL of an uploaded body image; '' or null leaves the image out (its caption stays). */
  mediaUrl?: (mediaId: string) => string | null;
  /** Slot id -> Advanced Ads placement id (for adMarker 'advanced-ads'). */
  placementIds?: Readonly<Record<string, string>>;
  nearFuture?: NearFuturePolicy;
  metaKeys?: WpMetaKeys;
}

/** The JSON body of POST /wp/v2/posts[/<id>]. */
export interface WpPostBody {
  title: string;
  excerpt: string;
  content: string;
  status: StatusMapping['status'];
  slug?: string;
  date_gmt?: string;
  categories: number[];
  tags: number[];
  featured_media?: number;
  author?: number;
  meta?: Record<string, string>;
}

export interface ArticleToPostResult {
  post: WpPostBody;
  /** Status decision, incl. publishedEarlyMs / holdUntil for the near-future rule. */
  statusMapping: StatusMapping;
}

/** The body as post HTML: core's renderer for the blocks, a marker for each top-level ad slot. */
export function bodyToPostHtml(
  body: BodyDoc,
  opts: {
    language: 'de' | 'en';
    adMarker: AdMarkerStyle;
    mediaUrl?: (mediaId: string) => string | null;
    placementIds?: Readonly<Record<string, string>>;
    /** Slots that show no ad on this article ("No ads", or switched off for it): no ad marker, only their place. */
    showsNoAd?: (slotId: string) => boolean;
  },
): string {
  const out: string[] = [];
  let run: BodyNode[] = [];
  const renderOpts = { language: opts.language, mediaUrl: (id: string) => opts.mediaUrl?.(id) ?? '' };
  const flush = () => {
    if (run.length) out.push(renderBodyHtml({ type: 'doc', content: run }, [], renderOpts));
    run = [];
  };
  for (const node of body.content) {
    if (node.type !== 'adSlot') {
      run.push(node);
      continue;
    }
    flush();
    const slotId = typeof node.attrs?.slotId === 'string' ? node.attrs.slotId : '';
    const size = typeof node.attrs?.size === 'string' ? node.attrs.size : '';
    if (slotId) out.push(opts.showsNoAd?.(slotId) ? adOffMarker(slotId, size) : adMarker(slotId, size, opts.adMarker, opts.placementIds));
  }
  flush();
  return out.join('');
}

/** The footer block with source and image credit, or '' when both are empty. */
export function footerHtml(source: string, imageCredit: string, language: 'de' | 'en'): string {
  const t = pageText(language);
  const parts: string[] = [];
  if (source.trim()) parts.push(`<p class="copydesk-source">${escapeHtml(t.source)} <span class="copydesk-value">${escapeHtml(source.trim())}</span></p>`);
  if (imageCredit.trim()) parts.push(`<p class="copydesk-image-credit">${escapeHtml(t.imageCredit)} <span class="copydesk-value">${escapeHtml(imageCredit.trim())}</span></p>`);
  return parts.length ? `<div class="${FOOTER_CLASS}">${parts.join('')}</div>` : '';
}

/** The preview's rule for manual slots: none shows an ad on a "No ads" article, nor one its overrides switch off. */
function showsNoAd(article: Pick<Article, 'noAds' | 'adOverrides'>, slotId: string): boolean {
  return article.noAds || article.adOverrides.some((o) => o.slotId === slotId && o.enabled === false);
}

/** Article -> REST body of a post. Pure: the adapter resolves categories, tags, media and author first. */
export function articleToPost(article: Article, ctx: ArticleToPostContext): ArticleToPostResult {
  const language = article.language === 'en' ? 'en' : 'de';
  const statusMapping = articleStatusToWp(article.status, article.schedule, { unpublishedAs: ctx.unpublishedAs, now: ctx.now, nearFuture: ctx.nearFuture });
  const content =
    (ctx.idempotencyToken ? ownerMarker(article.id, ctx.idempotencyToken) : '') +
    bodyToPostHtml(article.body, { language, adMarker: ctx.adMarker, mediaUrl: ctx.mediaUrl, placementIds: ctx.placementIds, showsNoAd: (slotId) => showsNoAd(article, slotId) }) +
    footerHtml(article.source, article.leadImage.mediaId ? article.leadImage.credit : '', language);
  const post: WpPostBody = {
    title: textToWpHtml(article.headline),
    excerpt: textToWpHtml(article.teaser),
    content,
    status: statusMapping.status,
    categories: ctx.categoryId === null ? [] : [ctx.categoryId],
    tags: [...ctx.tagIds],
  };
  if (ctx.featuredMediaId !== undefined) post.featured_media = ctx.featuredMediaId ?? 0;
  if (article.slug) post.slug = article.slug;
  if (statusMapping.dateGmt) post.date_gmt = statusMapping.dateGmt;
  if (ctx.authorId !== undefined) post.author = ctx.authorId;
  const meta: Record<string, string> = {};
  if (ctx.metaKeys?.source) meta[ctx.metaKeys.source] = article.source;
  if (ctx.metaKeys?.imageCredit) meta[ctx.metaKeys.imageCredit] = article.leadImage.credit;
  if (Object.keys(meta).length) post.meta = meta;
  return { post, statusMapping };
}

/**
 * A revision string for a post: modified_gmt (whole seconds only) plus a fingerprint of what we
 * read back, so that two changes within the same second still differ.
 */
export function postRevision(post: WpPost): string {
  const fingerprint = [
    post.title.raw ?? post.title.rendered ?? '',
    post.content.raw ?? post.content.rendered ?? '',
    post.excerpt.raw ?? post.excerpt.rendered ?? '',
    post.status,
    post.slug,
    post.date_gmt ?? '',
    (post.tags ?? []).join(','),
    (post.categories ?? []).join(','),
    String(post.featured_media ?? 0),
    String(post.author ?? 0),
  ].join('\u0000');
  return `${post.modified_gmt}~${fnv1a(fingerprint)}${fnv1a(fingerprint, 0x2f6b1c3d)}`;
}

/** What postToArticleFields needs besides the post. */
export interface PostReadContext {
  categoryName: string | null;
  tagNames: readonly string[];
  authorName: string | null;
  /** The local article's fields and status, when the post is known: fields WordPress does not hold come from here. */
  base?: { fields: ArticleFields; status: ArticleStatus; schedule: Schedule | null };
  language?: 'de' | 'en';
  unpublishedAs?: 'draft' | 'private';
  /** Local mediaId of the featured image / of a body image URL, when we uploaded it. */
  mediaIdForRemote?: (remoteMediaId: number) => string | null;
  mediaIdForUrl?: (url: string) => string | null;
  placementIds?: Readonly<Record<string, string>>;
}

export interface PostReadResult {
  fields: ArticleFields;
  status: ArticleStatus;
  schedule: Schedule | null;
  /** The Copydesk article id from the owner marker, or null for a post written elsewhere. */
  articleId: string | null;
}

const singleLine = (text: string, max: number) => text.replace(/[\r\n]+/g, ' ').trim().slice(0, max);

function footerValue(footer: HtmlElement | null, cls: string): string {
  const p = footer ? findElement(footer, (e) => hasClass(e, cls)) : null;
  if (!p) return '';
  const value = findElement(p, (e) => hasClass(e, 'copydesk-value'));
  return (value ? elementText(value) : elementText(p)).trim();
}

function readSlug(slug: string, fallback: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    /* keep as sent */
  }
  return decoded.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(decoded) ? decoded : fallback;
}

/**
 * Tags as read back, in the local order and spelling where they are the same tags: WordPress
 * returns term ids in its own order, and an existing term may differ in case ("verkehr").
 */
function keepLocalSpelling(remote: readonly string[], local: readonly string[]): string[] {
  const byKey = new Map(local.map((t) => [tagKey(t), t]));
  const remoteKeys = new Set(remote.map(tagKey));
  const kept = local.filter((t) => remoteKeys.has(tagKey(t)));
  const added = remote.filter((t) => !byKey.has(tagKey(t)));
  return [...kept, ...added];
}

/** WordPress trims what it stores: a value equal to the base's but for its outer spaces is the base's. */
const sameButSpaces = (read: string, base: string | undefined): string => (base !== undefined && read === base.trim() ? base : read);

const isBlank = (body: BodyDoc): boolean => body.content.every((n) => n.type === 'paragraph' && !n.content?.length);

/** A post (context=edit) -> article fields, status and schedule; footer and markers are stripped. */
export function postToArticleFields(post: WpPost, ctx: PostReadContext): PostReadResult {
  // WordPress keeps no article language: the synced copy's stands (the site's is the fallback).
  const language = ctx.base?.fields.language ?? ctx.language ?? 'de';
  const content = post.content.raw ?? post.content.rendered ?? '';
  const tree = parseHtmlTree(content);
  const footer = findElement(tree, (e) => hasClass(e, FOOTER_CLASS));
  const t = pageText(language);
  const body = htmlToBody(tree, {
    adSlotFromComment,
    adSlotFromText: (text) => adSlotFromShortcode(text, ctx.placementIds),
    mediaIdForUrl: (url) => ctx.mediaIdForUrl?.(url) ?? null,
    skip: (el) => hasClass(el, FOOTER_CLASS),
    imageCreditLabel: t.imageCredit,
  });
  const base = ctx.base?.fields;
  const featured = post.featured_media ?? 0;
  const leadMediaId = featured ? (ctx.mediaIdForRemote?.(featured) ?? null) : null;
  const sameLead = leadMediaId !== null && base?.leadImage.mediaId === leadMediaId;
  const tags = keepLocalSpelling(
    normalizeTags(ctx.tagNames.map((n) => decodeEntities(n).replace(/,/g, ' '))).filter((tag) => tagSchema.safeParse(tag).success),
    base?.tags ?? [],
  ).slice(0, 50);
  const fields: ArticleFields = {
    language,
    section: singleLine(decodeEntities(ctx.categoryName ?? base?.section ?? ''), 80),
    headline: sameButSpaces(singleLine(htmlToPlainText(post.title.raw ?? post.title.rendered ?? ''), 300), base?.headline),
    teaser: sameButSpaces(htmlToPlainText(post.excerpt.raw ?? '').slice(0, 2000), base?.teaser),
    author: singleLine(ctx.authorName ?? base?.author ?? '', 200),
    leadImage: {
      mediaId: leadMediaId,
      alt: sameLead ? (base?.leadImage.alt ?? '') : '',
      credit: sameButSpaces(footerValue(footer, 'copydesk-image-credit').slice(0, 300), base?.leadImage.credit),
    },
    // An empty body has two spellings (no block, one empty paragraph); WordPress keeps neither.
    body: base && isBlank(body) && isBlank(base.body) ? base.body : body,
    tags,
    source: sameButSpaces(footerValue(footer, 'copydesk-source').slice(0, 500), base?.source),
    slug: readSlug(post.slug, base?.slug ?? ''),
    seo: base?.seo ?? { title: '', description: '' },
    noAds: base?.noAds ?? false,
    adOverrides: base?.adOverrides ?? [],
  };
  if (!articleFieldsSchema.safeParse(fields).success && base) fields.body = base.body;

  const status = wpStatusToArticle(post.status, ctx.base?.status ?? null, ctx.unpublishedAs);
  const date = fromWpGmt(post.date_gmt);
  let schedule: Schedule | null = ctx.base?.schedule ?? null;
  if ((post.status === 'future' || (post.status === 'publish' && !schedule?.publishAt)) && date) {
    const merged = scheduleSchema.safeParse({ ...(schedule ?? {}), publishAt: date });
    schedule = merged.success ? merged.data : { publishAt: date };
  }
  return { fields, status, schedule, articleId: readOwnerMarker(content)?.articleId ?? null };
}
