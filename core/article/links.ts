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
