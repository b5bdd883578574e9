import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyDocSchema, type BodyDoc } from '../../../../core/article/body-schema';
import { LINK_HREF_MAX_LENGTH, hasLinkControlChar, isSafeLinkHref, normalizeLinkHref, showLinkControlChars } from '../../../../core/article/links';
import { bodyLinks, isValidLinkHref } from '../../../../core/checklist/links';

/** A body of one paragraph whose text links to `href`. */
const linked = (href: string): BodyDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Link', marks: [{ type: 'link', attrs: { href } }] }] }],
});

/** The link targets the body schema keeps of a body linking to `href` (null when it refuses the body). */
function keptBySchema(href: string): string[] | null {
  const parsed = bodyDocSchema.safeParse(linked(href));
  return parsed.success ? bodyLinks(parsed.data) : null;
}

// Control characters the brief names: C0, DEL, C1, zero-width and bidi controls.
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069',
  '\u2060', '\ufeff', '\u00ad', '\u061c',
];

const SCHEMES = ['https://', 'http://', 'mailto:', 'javascript:', 'JaVaScRiPt:', 'data:text/html,', 'vbscript:', 'ftp://', 'file:///', '//', '/', ''];

describe('isSafeLinkHref: the one rule for link targets', () => {
  it('accepts absolute http(s) URLs with a host and mailto addresses', () => {
    for (const ok of ['https://www.example.de/artikel?id=1#x', 'http://example.de', 'HTTPS://EXAMPLE.DE/Pfad', 'mailto:redaktion@example.org', 'mailto:a@b.de?subject=Leserbrief%20Wahl']) {
      expect(isSafeLinkHref(ok), ok).toBe(true);
    }
  });

  it('refuses other schemes, relative targets, blanks and control characters', () => {
    for (const bad of [
      '', '/pfad', 'www.example.de', 'javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', ' javascript:alert(1)',
      '\u0001javascript:alert(1)', 'jav\u200bascript:alert(1)', '\u202ejavascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'https://', 'https://exa mple.de', ' https://example.de', 'https://example.de ', 'https://example.de/\u0000', 'https://exa\u200bmple.de',
      'https://example.de/\u202egnp.exe', 'http\u2066s://example.de', 'mailto:', 'mailto: a@b.de', 'https:\\\\evil.example', 'https:evil.example',
      `https://example.de/${'x'.repeat(LINK_HREF_MAX_LENGTH)}`,
    ]) {
      expect(isSafeLinkHref(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('is the checklist rule too (one function), so the mailto links the editor offers pass the checklist', () => {
    expect(isValidLinkHref).toBe(isSafeLinkHref);
    expect(isValidLinkHref('mailto:redaktion@example.org')).toBe(true);
  });
});

describe('normalizeLinkHref', () => {
  it('strips control characters anywhere and blanks around, then applies the rule', () => {
    expect(normalizeLinkHref('  https://example.de/a\u200b ')).toBe('https://example.de/a');
    expect(normalizeLinkHref('https://exa\u0000mple.de')).toBe('https://example.de');
    expect(normalizeLinkHref('\u202ehttps://example.de')).toBe('https://example.de');
    expect(normalizeLinkHref('mailto:a@b.de\r\n')).toBe('mailto:a@b.de');
  });

  it('never lets java\\tscript-style tricks through: with the controls gone, javascript: is refused', () => {
    for (const scheme of ['java\tscript:', 'java\nscript:', 'java\u0000script:', 'jav\u200bascript:', '\u202ejavascript:', ' \u0001javascript:', 'java\u00adscript:', 'JAVA\u2066SCRIPT:']) {
      expect(normalizeLinkHref(`${scheme}alert(1)`), JSON.stringify(scheme)).toBeNull();
    }
  });

  it('keeps a safe target exactly as it is', () => {
    expect(normalizeLinkHref('https://example.de/ü?q=ä#x')).toBe('https://example.de/ü?q=ä#x');
  });

  it('spells out invisible characters for messages', () => {
    expect(showLinkControlChars('https://exa\u200bmple.de\u202e')).toBe('https://exaU+200Bmple.deU+202E');
  });
});

describe('body schema link marks', () => {
  it('keeps safe links, cleans control characters out of targets and drops unsafe links but keeps their text', () => {
    expect(keptBySchema('https://example.de')).toEqual(['https://example.de']);
    expect(keptBySchema('mailto:a@b.de')).toEqual(['mailto:a@b.de']);
    expect(keptBySchema(' https://exa\u200bmple.de/\u0007 ')).toEqual(['https://example.de/']);
    expect(keptBySchema('java\tscript:alert(1)')).toEqual([]);
    expect(keptBySchema('/relativ')).toEqual([]);
    const parsed = bodyDocSchema.parse(linked('javascript:alert(1)'));
    expect(parsed.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Link' }] });
  });

  it('keeps other marks and the link attributes the editor adds', () => {
    const doc: BodyDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example\u200b', target: null, rel: 'noopener' } }] }] }],
    };
    expect(bodyDocSchema.parse(doc).content[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example', target: null, rel: 'noopener' } }]);
  });
});

// --- Property tests ----------------------------------------------------------------------

const control = fc.constantFrom(...CONTROLS);
/** Strings salted with control characters, around and inside URL-ish text. */
const salted = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(fc.tuple(inner, control), { maxLength: 6 }), inner).map(([parts, last]) => parts.map(([s, c]) => s + c).join('') + last);

const urlish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress().map((a) => `mailto:${a}`),
  fc.tuple(fc.constantFrom(...SCHEMES), fc.webUrl(), fc.string({ maxLength: 20 })).map(([s, u, tail]) => s + u.replace(/^https?:\/\//, '') + tail),
  salted(fc.constantFrom(...SCHEMES, 'java', 'script:', 'alert(1)', 'example.de', '/pfad', 'a@b.de', ' ', 'http', 's://')),
  salted(fc.webUrl()),
);

describe('link target properties', () => {
  it('a normalised target is refused (null) or passes the body schema unchanged', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const href = normalizeLinkHref(raw);
        if (href === null) return;
        expect(isSafeLinkHref(href)).toBe(true);
        expect(isValidLinkHref(href)).toBe(true);
        expect(keptBySchema(href)).toEqual([href]);
      }),
      { numRuns: 500 },
    );
  });

  it('no control character survives normalisation or the body schema', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const href = normalizeLinkHref(raw);
        if (href !== null) expect(hasLinkControlChar(href)).toBe(false);
        for (const kept of keptBySchema(raw) ?? []) {
          expect(hasLinkControlChar(kept), JSON.stringify(kept)).toBe(false);
          expect(isSafeLinkHref(kept)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('what the body schema keeps is exactly what normalisation makes of the target (one function)', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const href = normalizeLinkHref(raw);
        const expected = raw.length > LINK_HREF_MAX_LENGTH ? null : href === null ? [] : [href];
        expect(keptBySchema(raw)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('normalisation is idempotent and never accepts a javascript: target, however salted', () => {
    fc.assert(
      fc.property(salted(fc.constantFrom('java', 'script', ':', 'alert(1)', 'JAVA', 'SCRIPT', ' ')), (raw) => {
        const href = normalizeLinkHref(raw);
        if (href !== null) expect(normalizeLinkHref(href)).toBe(href);
        const compact = raw.replace(/[\p{Cc}\p{Cf}\s]/gu, '').toLowerCase();
        if (compact.startsWith('javascript:')) expect(href).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
