import type { ArticleMigration, RawArticle } from './migration';

/**
 * Version 2 -> 3: articles gained per-article ad slot overrides, a publishing schedule and a
 * status history. Older articles had none of these, which is what the empty values say.
 */
export const migration002: ArticleMigration = {
  from: 2,
  description: 'add adOverrides, schedule and statusHistory',
  up(article: RawArticle): RawArticle {
    return {
      ...article,
      adOverrides: article.adOverrides ?? [],
      schedule: article.schedule ?? null,
      statusHistory: article.statusHistory ?? [],
    };
  },
};
