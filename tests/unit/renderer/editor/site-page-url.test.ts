import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sitePageUrl } from '../../../../renderer/src/editor/site-page-url';
import { articlePath } from '../../../../site/public/urls';

describe('sitePageUrl', () => {
  it('is the reference site’s own article path under the site’s address, for any slug', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), fc.constantFrom('https://zeitung.example', 'https://zeitung.example/', 'http://127.0.0.1:4400'), (slug, url) => {
        expect(sitePageUrl({ kind: 'reference-site', url }, slug)).toBe(url.replace(/\/$/, '') + articlePath(slug));
      }),
    );
  });

  it('finds a WordPress post by its slug, under a site in a subfolder too', () => {
    expect(sitePageUrl({ kind: 'wordpress', url: 'https://example.org/news/' }, 'hafen')).toBe('https://example.org/news/?name=hafen');
  });

  it('gives nothing without a slug or for an address that is no http(s) URL', () => {
    expect(sitePageUrl({ kind: 'reference-site', url: 'https://zeitung.example' }, '')).toBeNull();
    expect(sitePageUrl({ kind: 'reference-site', url: 'javascript:alert(1)' }, 'x')).toBeNull();
    expect(sitePageUrl({ kind: 'reference-site', url: 'not a url' }, 'x')).toBeNull();
  });
});
