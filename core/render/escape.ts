import { isSafeImageSrc } from '../article/links';
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escapes text for a double-quoted attribute value (same set: quotes included). */
export const escapeAttr = escapeHtml;

// Control characters and whitespace inside a scheme ("java\tscript:") are ignored by browsers.
function stripForSchemeCheck(url: string): string {
  let out = '';
  for (const ch of url) {
    const code = ch.codePointAt(0) ?? 0;
    if (code > 0x20 && (code < 0x7f || code > 0x9f)) out += ch;
  }
  return out;
}

/** A link target if it is http(s) or mailto, otherwise null (the link is dropped, its text kept). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  const compact = stripForSchemeCheck(trimmed).toLowerCase();
  if (!/^(https?:\/\/|mailto:)/.test(compact)) return null;
  return trimmed;
}

/** An image source if it is an absolute http(s) URL, otherwise null. */
export function safeImageSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  const trimmed = src.trim();
  return isSafeImageSrc(trimmed) && trimmed === stripForSchemeCheck(trimmed) ? trimmed : null;
}

/** A link to a page of this site: a root-relative path ("/tag/x") or an absolute http(s) URL. */
export function safeSiteHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  // "//host" and "/\host" are protocol-relative in browsers, so they leave the site.
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  return safeImageSrc(trimmed);
}

/** Escapes a style sheet for a <style> element: it can never close the element early. */
export function escapeStyleText(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
