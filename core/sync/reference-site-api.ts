import { z } from 'zod';
import { articleSchema, isoDateTimeSchema } from '../article/article';
import { scheduleSchema } from '../workflow/schedule';
import { roleSchema } from '../workflow/roles';

/** An article as the reference site's API answers it: core's Article with a schedule object. */
export const siteApiArticleSchema = articleSchema.extend({
  schedule: scheduleSchema,
  publishedAt: isoDateTimeSchema.nullable().optional(),
});
export type SiteApiArticle = z.infer<typeof siteApiArticleSchema>;

export const siteArticleAnswerSchema = z.object({ article: siteApiArticleSchema });
export const siteChangesAnswerSchema = z.object({ articles: z.array(siteApiArticleSchema), cursor: z.union([z.number(), z.string()]), more: z.boolean() });
export const siteMediaAnswerSchema = z.object({ media: z.object({ id: z.string(), url: z.string() }) });
export const siteMeAnswerSchema = z.object({ user: z.object({ name: z.string(), role: roleSchema }) });
export const siteErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
