import type { AdConfig } from '../../../core/ads/model';
import type { Article, ArticleFields } from '../../../core/article/article';

/**
 * The editor window tells standalone previews (an Electron window, a browser tab; same origin)
 * what the draft looks like over this BroadcastChannel. Nothing secret travels: the draft, the
 * ad configuration, the site's time zone and the UI language; no token, no contract call.
 */
export const PREVIEW_CHANNEL = 'copydesk.preview';

export interface DraftMessage {
  type: 'draft';
  articleId: string;
  article: Article;
  draft: ArticleFields;
  config: AdConfig;
  timeZone: string;
  lang: 'de' | 'en';
}
/** A preview that just opened asks for the current draft; the editor that has it answers. */
export interface HelloMessage {
  type: 'hello';
  articleId: string;
}
/** The editor closed the article (switched to another, or the window went away). */
export interface GoneMessage {
  type: 'gone';
  articleId: string;
}
export type PreviewMessage = DraftMessage | HelloMessage | GoneMessage;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The message if it is one of ours for `articleId` and well formed enough to render, else null. */
export function readPreviewMessage(data: unknown, articleId: string): PreviewMessage | null {
  if (!isObject(data) || data.articleId !== articleId) return null;
  if (data.type === 'hello' || data.type === 'gone') return { type: data.type, articleId };
  if (data.type !== 'draft') return null;
  const { article, draft, config, timeZone, lang } = data;
  if (!isObject(article) || article.id !== articleId || !isObject(draft) || !isObject(draft.body)) return null;
  if (!isObject(config) || !Array.isArray(config.slots) || !Array.isArray(config.campaigns)) return null;
  if (typeof timeZone !== 'string' || (lang !== 'de' && lang !== 'en')) return null;
  return data as unknown as DraftMessage;
}

/** Where the standalone preview of an article lives, relative to the page (same bundle, same origin). */
export function previewPath(articleId: string): string {
  return `/index.html?view=preview&article=${encodeURIComponent(articleId)}`;
}

/** The article id of a standalone preview URL, or null for the app itself. */
export function standalonePreviewArticle(search: string): string | null {
  const params = new URLSearchParams(search);
  const id = params.get('article');
  return params.get('view') === 'preview' && id && /^[A-Za-z0-9_-]{6,64}$/.test(id) ? id : null;
}
