import { z } from 'zod';

/*
 * The smallest building blocks of the model. Kept apart from article.ts so that the ad and
 * workflow models can use them while the article schema uses those models, without an
 * import cycle.
 */

export const LANGUAGES = ['de', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Editorial statuses (the transition rules live in core/workflow). */
export const STATUSES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived'] as const;
export const statusSchema = z.enum(STATUSES);
export type ArticleStatus = z.infer<typeof statusSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'not a valid id');


/** Tags compared case-insensitively ("Bundestag" and "bundestag" are one tag). */
export const tagKey = (tag: string): string => tag.trim().toLocaleLowerCase('de');
