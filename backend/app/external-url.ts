/** A URL, or null where the text is not one. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * May this URL be handed to the system browser? Only http(s) with a host and mailto, and never
 * with credentials in it (they would leak, and `https://bank@evil` style links mislead).
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  const url = parseUrl(raw);
  if (url === null) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 && !/[\r\n]/.test(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname !== '' && url.username === '' && url.password === '';
}
