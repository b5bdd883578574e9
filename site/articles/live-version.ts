import { articleFieldsSchema, type ArticleFields } from '../../core/article/article';
import type { SiteApiArticle } from '../../core/sync/reference-site-api';
import type { SiteArticle } from './site-article';

const FIELD_NAMES = Object.keys(articleFieldsSchema.shape) as Array<keyof ArticleFields>;

/** The editor fields of an article (what an editor writes), nothing else. */
export function editorFields(article: ArticleFields): ArticleFields {
  return Object.fromEntries(FIELD_NAMES.map((name) => [name, article[name]])) as ArticleFields;
}

/** The article as the API answers it to staff: the working copy, without the stored live version. */
export function apiArticle(article: SiteArticle): SiteApiArticle {
  const { live: _live, ...rest } = article;
  return rest;
}

/**
 * The article as the public sees it: the live version's fields, revision (so the ads are placed
 * the same as in the preview) and time, and nothing about work in progress or who did it.
 * An article published before live versions were kept is its own live version.
 */
export function publicVersion(article: SiteArticle): SiteArticle {
  const { live, pendingUpdate: _pending, updatedBy: _by, ...rest } = article;
  return live ? { ...rest, ...live.fields, rev: live.rev, updatedAt: live.at } : rest;
}

/** The slug and tags the public finds an article by: the live version's while published, none otherwise. */
export function publicFindability(article: SiteArticle): { slug: string; tags: string[] } | null {
  if (article.status !== 'published' || article.deletedAt) return null;
  return { slug: article.live?.fields.slug ?? article.slug, tags: article.live?.fields.tags ?? article.tags };
}
