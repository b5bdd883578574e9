import type { SiteView } from '../../../core/contract/calls/sync';

/**
 * The public address of an article on a site: the reference site serves /artikel/<slug>
 * (site/public/urls.ts, kept in step by a test); WordPress finds a post by its slug with
 * ?name= and redirects to its permalink, whatever permalink scheme the site uses.
 */
export function sitePageUrl(site: Pick<SiteView, 'kind' | 'url'>, slug: string): string | null {
  if (!slug) return null;
  let base: URL;
  try {
    base = new URL(site.url.trim());
  } catch {
    return null;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return null;
  const root = base.href.replace(/\/+$/, '');
  if (site.kind === 'wordpress') return `${root}/?name=${encodeURIComponent(slug)}`;
  return `${root}/artikel/${encodeURIComponent(slug)}`;
}
