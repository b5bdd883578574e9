// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageCsp, renderDocument } from '../../../../core/render/document';
import { germanContext, parse } from './helpers';

describe('pageCsp', () => {
  it('forbids every script, plugin, form target and base change', () => {
    const csp = pageCsp({});
    for (const part of ["script-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "default-src 'none'"]) expect(csp).toContain(part);
  });
  it('lets an absolute theme stylesheet through by its origin only', () => {
    expect(pageCsp({ themeCssHref: 'https://cdn.example.org/theme/site.css' })).toContain("style-src 'self' 'unsafe-inline' https://cdn.example.org;");
    expect(pageCsp({ themeCssHref: "https://x.example; script-src *" })).not.toContain('script-src *');
  });
});

describe('renderDocument', () => {
  it('escapes a hostile theme URL and style sheet', () => {
    const withHref = parse(renderDocument({ title: 't', description: '', bodyHtml: '' }, germanContext({ themeCssHref: '"><script>alert(1)</script>' })));
    expect(withHref.querySelectorAll('script')).toHaveLength(0);
    const withCss = parse(renderDocument({ title: 't', description: '', bodyHtml: '' }, germanContext({ themeCssHref: undefined, themeCss: 'a{}</style><script>alert(1)</script>' })));
    expect(withCss.querySelectorAll('script')).toHaveLength(0);
    expect(withCss.querySelectorAll('style')).toHaveLength(1);
  });
  it('falls back to German for an unknown site language', () => {
    const doc = parse(renderDocument({ title: '', description: '', bodyHtml: '' }, germanContext({ siteLanguage: 'fr' as 'de' })));
    expect(doc.documentElement.lang).toBe('de');
    expect(doc.title).toBe('Stadtblatt');
  });
});
