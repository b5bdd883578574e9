import { slugify } from '../../core/article/slug';
import { normalizeTags } from '../../core/article/article';
import type { ArticlesTable, ArticleTagsTable } from '../db/schema';
import { publicFindability } from './live-version';
import { effectivePublishAt, type SiteArticle } from './site-article';

/** The indexed columns and JSON of an article row (all but change_seq, which the store assigns). */
export function articleRow(article: SiteArticle): Omit<ArticlesTable, 'change_seq'> {
  return {
    id: article.id,
    slug: article.slug,
    status: article.status,
    rev: article.rev,
    publish_at: effectivePublishAt(article.schedule),
    embargo_until: article.schedule.embargoUntil ?? null,
    expire_at: article.schedule.expireAt ?? null,
    published_at: article.publishedAt,
    updated_at: article.updatedAt,
    deleted_at: article.deletedAt ?? null,
    live_slug: publicFindability(article)?.slug ?? null,
    doc: JSON.stringify(article),
  };
}

function rowsOfTags(articleId: string, tags: readonly string[]): ArticleTagsTable[] {
  const bySlug = new Map<string, ArticleTagsTable>();
  for (const tag of normalizeTags(tags)) {
    const tagSlug = slugify(tag);
    if (tagSlug && !bySlug.has(tagSlug)) bySlug.set(tagSlug, { article_id: articleId, tag_slug: tagSlug, tag });
  }
  return [...bySlug.values()];
}

/** One row per distinct tag of the working copy; the slug is the tag page's URL segment. */
export const tagRows = (article: SiteArticle): ArticleTagsTable[] => rowsOfTags(article.id, article.tags);

/** One row per distinct tag of the live version (none unless published): what tag pages list. */
export const liveTagRows = (article: SiteArticle): ArticleTagsTable[] => rowsOfTags(article.id, publicFindability(article)?.tags ?? []);

/** Parses the stored JSON; the site wrote it, so it is trusted. */
export const articleFromRow = (row: Pick<ArticlesTable, 'doc'>): SiteArticle => JSON.parse(row.doc) as SiteArticle;
