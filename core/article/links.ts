/** Longest link target the body schema keeps. */
export const LINK_HREF_MAX_LENGTH = 2048;

/**
 * Control and format characters: C0, DEL, C1 (\p{Cc}) and the invisible format characters
 * (\p{Cf}: zero-width space/joiners U+200B–U+200D, LRM/RLM U+200E/U+200F, bidi embeddings and
 * overrides U+202A–U+202E, isolates U+2066–U+2069, word joiner, BOM, soft hyphen …). Browsers
 * skip some of them inside a scheme ("java\tscript:"), others make a target look like another.
 */
const LINK_CONTROL_CHARS = /[\p{Cc}\p{Cf}]/gu;

/** True when `text` carries a control or invisible format character. */
export const hasLinkControlChar = (text: string): boolean => /[\p{Cc}\p{Cf}]/u.test(text);

/**
 * The one rule for link targets in article text, used by the editor (link dialog, paste,
 * autolink), the body schema and the checklist alike: an absolute http(s) URL with a host, or
 * a mailto: address, at most LINK_HREF_MAX_LENGTH characters, with no whitespace and no control
 * or invisible format character anywhere. A target that needs cleaning first (surrounding
 * blanks, a tab inside the scheme) is not safe as it is; see normalizeLinkHref.
 */
export function isSafeLinkHref(href: string): boolean {
  if (href.length === 0 || href.length > LINK_HREF_MAX_LENGTH) return false;
  if (/\s/u.test(href) || hasLinkControlChar(href)) return false;
  const isMailto = /^mailto:./i.test(href);
  if (!isMailto && !/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    if (isMailto) return url.protocol === 'mailto:';
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A link target as typed or pasted, cleaned: control and invisible format characters removed
 * (wherever they are), surrounding whitespace trimmed. Returns the cleaned target when it is
 * safe (isSafeLinkHref), otherwise null. A safe target comes back unchanged.
 */
export function normalizeLinkHref(raw: string): string | null {
  const cleaned = raw.replace(LINK_CONTROL_CHARS, '').trim();
  return isSafeLinkHref(cleaned) ? cleaned : null;
}

/** `text` with every control or invisible format character shown as U+XXXX, for messages. */
export function showLinkControlChars(text: string): string {
  return text.replace(LINK_CONTROL_CHARS, (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Image sources the site and the preview may load: absolute http(s) URLs, the site's own
 * `/media/<id>` paths, and inline raster or SVG images (an SVG inside <img> runs no script
 * and loads nothing).
 */
export function isSafeImageSrc(src: string): boolean {
  const s = src.trim();
  if (/^\/media\/[A-Za-z0-9._-]{1,100}$/.test(s)) return true;
  if (/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/.test(s)) return true;
  if (/^data:image\/svg\+xml(;charset=utf-8)?,[^"<>\s]*$/i.test(s) || /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/.test(s)) return true;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(s);
  } catch {
    return false;
  }
}
