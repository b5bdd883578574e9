import { createHash } from 'node:crypto';

/** One rendered public page and what it was rendered from. */
export interface CachedPage {
  /** The page as UTF-8, encoded once (a hit sends these bytes as a static file would). */
  body: Buffer;
  /** Strong validator: a hash of the bytes. */
  etag: string;
  /** Epoch ms, whole seconds (HTTP dates have no more): when a page with these bytes was first rendered. */
  lastModified: number;
  /** The same as an HTTP date, formatted once. */
  lastModifiedHttp: string;
  /** The site's content version read before rendering. */
  version: number;
  /** Epoch ms of the render; the page is good for [computedAt, validUntil). */
  computedAt: number;
  /** The next instant the page can change with time alone (an ad flight, the gambling hours, an embargo, an expiry). */
  validUntil: number;
  /** Article pages: what the page was rendered from, to keep it across unrelated changes. */
  source?: { articleId: string; rev: number; adVersion: number };
}

export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/**
 * Rendered pages by key ("article:<slug>", "tag:<slug>", "front"), least recently used out
 * first once the pages together pass `maxBytes`.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.delete(key);
    if (page.body.length > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length;
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }

  get size(): number {
    return this.pages.size;
  }
}
