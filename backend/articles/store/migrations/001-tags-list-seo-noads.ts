import { normalizeTags } from '../../../../core/article/article';
import { BODY_SCHEMA_VERSION } from '../../../../core/article/body-schema';
import type { ArticleMigration, RawArticle } from './migration';

function tagsFromV1(tags: unknown): unknown {
  if (typeof tags !== 'string') return tags;
  return normalizeTags(tags.split(','));
}

/**
 * Version 1 -> 2: tags were one comma-separated string and became a list; `noAds`, `seo` and
 * `bodySchema` did not exist (version 1 bodies are body schema 1, ads were always allowed).
 */
export const migration001: ArticleMigration = {
  from: 1,
  description: 'tags string -> list; add noAds, seo and bodySchema',
  up(article: RawArticle): RawArticle {
    return {
      ...article,
      tags: tagsFromV1(article.tags),
      noAds: article.noAds ?? false,
      seo: article.seo ?? { title: '', description: '' },
      bodySchema: article.bodySchema ?? BODY_SCHEMA_VERSION,
    };
  },
};
