import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeStyleText, safeHref, safeImageSrc, safeSiteHref } from '../../../../core/render/escape';

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  });
  it('leaves umlauts and ordinary text alone', () => {
    expect(escapeHtml('Grüße aus Köln – 5 € pro Tag')).toBe('Grüße aus Köln – 5 € pro Tag');
  });
});

describe('safeHref', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref(' http://example.org ')).toBe('http://example.org');
    expect(safeHref('mailto:redaktion@example.org')).toBe('mailto:redaktion@example.org');
  });
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' \u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', '//evil.example', 'ftp://x'])(
    'drops %j',
    (href) => {
      expect(safeHref(href)).toBeNull();
    },
  );
  it('drops non-strings', () => {
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref({ href: 'https://x' })).toBeNull();
  });
});

describe('safeImageSrc', () => {
  it('allows only absolute http(s) image URLs', () => {
    expect(safeImageSrc('https://cdn.example.org/a.jpg')).toBe('https://cdn.example.org/a.jpg');
    expect(safeImageSrc('javascript:alert(1)')).toBeNull();
    expect(safeImageSrc('data:image/svg+xml,<svg onload=alert(1)>')).toBeNull();
    expect(safeImageSrc('x')).toBeNull();
  });
});

describe('safeSiteHref', () => {
  it('allows root-relative paths but not protocol-relative ones', () => {
    expect(safeSiteHref('/tag/Verkehr')).toBe('/tag/Verkehr');
    expect(safeSiteHref('//evil.example/x')).toBeNull();
    expect(safeSiteHref('/\\evil.example')).toBeNull();
    expect(safeSiteHref('javascript:alert(1)')).toBeNull();
  });
});

describe('escapeStyleText', () => {
  it('keeps a style sheet from closing its <style> element', () => {
    const css = 'body{color:red}</style><script>alert(1)</script>';
    expect(escapeStyleText(css).toLowerCase()).not.toContain('</style');
  });
});
