import { slugify } from '../../core/article/slug';

/** Path of an article's page. */
export const articlePath = (slug: string): string => `/artikel/${encodeURIComponent(slug)}`;
/** Path of a tag's page; tags that differ only in case or accents share one page. */
export const tagPath = (tag: string): string => `/tag/${encodeURIComponent(slugify(tag))}`;
/** Path of a stored image. */
export const mediaPath = (id: string): string => `/media/${encodeURIComponent(id)}`;
