import { z } from 'zod';

/*
 * What Copydesk reads from the WordPress REST API (wp/v2), validated: never trust the shape of
 * a remote answer. Only the fields used are checked; unknown ones pass through untouched.
 */

const rendered = z.object({ raw: z.string().optional(), rendered: z.string().optional() }).passthrough();
const wpDate = z.string().nullable();

/** A post in context=edit (raw fields present). */
export const wpPostSchema = z
  .object({
    id: z.number().int().positive(),
    date_gmt: wpDate.optional(),
    modified_gmt: z.string(),
    slug: z.string(),
    status: z.string(),
    link: z.string().optional(),
    title: rendered,
    content: rendered,
    excerpt: rendered,
    author: z.number().int().nonnegative().optional(),
    featured_media: z.number().int().nonnegative().optional(),
    categories: z.array(z.number().int()).optional(),
    tags: z.array(z.number().int()).optional(),
    meta: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
  })
  .passthrough();
export type WpPost = z.infer<typeof wpPostSchema>;

export const wpPostListSchema = z.array(wpPostSchema);

export const wpTermSchema = z.object({ id: z.number().int().positive(), name: z.string(), slug: z.string().optional() }).passthrough();
export type WpTerm = z.infer<typeof wpTermSchema>;
export const wpTermListSchema = z.array(wpTermSchema);

export const wpMediaSchema = z.object({ id: z.number().int().positive(), source_url: z.string() }).passthrough();

export const wpUserSchema = z
  .object({
    id: z.number().int().positive(),
    name: z.string(),
    slug: z.string().optional(),
    roles: z.array(z.string()).optional(),
    capabilities: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();
export const wpUserListSchema = z.array(wpUserSchema);

/** A WP_Error as the REST API sends it. */
export const wpErrorSchema = z
  .object({ code: z.string(), message: z.string().optional(), data: z.unknown().optional() })
  .passthrough();
export type WpError = z.infer<typeof wpErrorSchema>;

/** The REST index (GET /wp-json/): enough to know this is WordPress with wp/v2. */
export const wpIndexSchema = z.object({ namespaces: z.array(z.string()), name: z.string().optional() }).passthrough();
