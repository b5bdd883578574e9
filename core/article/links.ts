/** Links in article text may point only to http(s) and mailto addresses. */
export function isSafeLinkHref(href: string): boolean {
  const trimmed = href.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'mailto:' || ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '');
  } catch {
    return false;
  }
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
