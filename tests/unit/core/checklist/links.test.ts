import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyDocSchema } from '../../../../core/article/body-schema';
import { isSafeLinkHref, normalizeLinkHref } from '../../../../core/article/links';
import { CHECKS } from '../../../../core/checklist/checks';
import { bodyLinks, isValidLinkHref } from '../../../../core/checklist/links';
import { linkPara, para, readyArticle } from './article-fixture';

describe('links', () => {
  it('collects link targets in document order, including nested ones', () => {
    const doc = {
      type: 'doc' as const,
      content: [linkPara('a', 'https://a.example'), para('kein Link'), { type: 'bulletList', content: [{ type: 'listItem', content: [linkPara('b', 'http://b.example')] }] }],
    };
    expect(bodyLinks(doc)).toEqual(['https://a.example', 'http://b.example']);
  });

  it('accepts absolute http(s) URLs and mailto addresses, the set the editor offers', () => {
    expect(isValidLinkHref('https://www.example.de/artikel?id=1#x')).toBe(true);
    expect(isValidLinkHref('http://example.de')).toBe(true);
    expect(isValidLinkHref('mailto:a@b.de')).toBe(true);
    for (const bad of ['', '/pfad', 'www.example.de', 'javascript:alert(1)', 'https://', 'https://exa mple.de', ' https://example.de', 'https://example.de\u0000', 'mailto:']) {
      expect(isValidLinkHref(bad), bad).toBe(false);
    }
  });

  it('regression (issue 12): a mailto link offered by the editor passes the checklist', () => {
    const article = readyArticle({ body: { type: 'doc', content: [linkPara('Schreiben Sie uns', 'mailto:leserbriefe@example.org')] } });
    expect(isSafeLinkHref('mailto:leserbriefe@example.org')).toBe(true);
    expect(CHECKS.links(article, { otherSlugs: new Set() }).status).toBe('pass');
  });

  it('spells out an invisible character in the message, so the editor sees why a link fails', () => {
    const article = readyArticle({ body: { type: 'doc', content: [linkPara('x', 'https://exa\u200bmple.de')] } });
    const outcome = CHECKS.links(article, { otherSlugs: new Set() });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('https://exaU+200Bmple.de');
  });

  it('property: every link the editor or the body schema lets through passes the checklist', () => {
    const raw = fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.emailAddress().map((a) => `mailto:${a}`), fc.string({ maxLength: 80 }));
    fc.assert(
      fc.property(raw, (href) => {
        const kept = bodyLinks(bodyDocSchema.parse({ type: 'doc', content: [linkPara('x', href)] }));
        const article = readyArticle({ body: { type: 'doc', content: kept.map((h) => linkPara('x', h)) } });
        expect(CHECKS.links(article, { otherSlugs: new Set() }).status).toBe('pass');
        const normalised = normalizeLinkHref(href);
        if (normalised !== null) expect(isValidLinkHref(normalised)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
