import type { Article, ArticleSummary } from '../../../core/article/article';
import { bodyPlainText, countWords } from '../../../core/text/body-text';

/** The list entry of a readable article. */
export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    rev: article.rev,
    headline: article.headline,
    teaser: article.teaser,
    section: article.section,
    author: article.author,
    tags: article.tags,
    slug: article.slug,
    language: article.language,
    status: article.status,
    updatedAt: article.updatedAt,
    wordCount: countWords(bodyPlainText(article.body)),
    damaged: null,
  };
}

/** The list entry of a file that cannot be read, so the user sees it and can restore it. */
export function damagedSummary(id: string, reason: string, hasBackup: boolean, modifiedAt: Date): ArticleSummary {
  return {
    id,
    rev: 0,
    headline: '',
    teaser: '',
    section: '',
    author: '',
    tags: [],
    slug: '',
    language: 'de',
    status: 'draft',
    updatedAt: modifiedAt.toISOString(),
    wordCount: 0,
    damaged: { reason, hasBackup },
  };
}

/** Newest change first (ISO timestamps compare as strings). */
export const newestFirst = (a: ArticleSummary, b: ArticleSummary): number => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);
