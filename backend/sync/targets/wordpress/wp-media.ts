import { createHash } from 'node:crypto';
import { z } from 'zod';
import { pageText } from '../../../../core/render/labels';
import { textToWpHtml, wpMediaSchema } from './';
import type { WpHttp } from './wp-http';

/** One uploaded image: the app's mediaId -> WordPress attachment, with the bytes' SHA-256. */
export const wpMediaEntrySchema = z.object({ remoteMediaId: z.number().int().positive(), url: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type WpMediaEntry = z.infer<typeof wpMediaEntrySchema>;

/** The media mapping the sync engine persists per WordPress site (JSON-safe). */
export const wpMediaStateSchema = z.object({ version: z.literal(1), byMediaId: z.record(z.string(), wpMediaEntrySchema) });
export type WpMediaState = z.infer<typeof wpMediaStateSchema>;

export const emptyWpMediaState = (): WpMediaState => ({ version: 1, byMediaId: {} });

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' };

/** ASCII-only file name for Content-Disposition (WordPress derives the attachment slug from it). */
export function uploadFileName(mediaId: string, mime: string): string {
  const stem = mediaId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 60) || 'image';
  return `${stem}.${EXT[mime] ?? 'bin'}`;
}

/**
 * Uploads each image once: by mediaId, and by content hash (the same bytes under another
 * mediaId reuse the attachment). Caption and credit go into the attachment's caption, the
 * alt text into alt_text, the credit alone into its description.
 */
export class WpMedia {
  private state: WpMediaState;
  private readonly inflight = new Map<string, Promise<WpMediaEntry>>();

  constructor(
    private readonly http: WpHttp,
    initial: WpMediaState | undefined,
    private readonly onChange: ((state: WpMediaState) => void) | undefined,
    private readonly language: 'de' | 'en',
  ) {
    const parsed = wpMediaStateSchema.safeParse(initial);
    this.state = parsed.success ? structuredClone(parsed.data) : emptyWpMediaState();
  }

  getState(): WpMediaState {
    return structuredClone(this.state);
  }

  setState(state: WpMediaState): void {
    this.state = structuredClone(wpMediaStateSchema.parse(state));
  }

  entry(mediaId: string): WpMediaEntry | null {
    return this.state.byMediaId[mediaId] ?? null;
  }

  mediaIdForRemote(remoteMediaId: number): string | null {
    return Object.entries(this.state.byMediaId).find(([, e]) => e.remoteMediaId === remoteMediaId)?.[0] ?? null;
  }

  mediaIdForUrl(url: string): string | null {
    return Object.entries(this.state.byMediaId).find(([, e]) => e.url === url)?.[0] ?? null;
  }

  /** Forgets an attachment WordPress no longer has (deleted in wp-admin), under every mediaId that shared it. */
  forget(mediaId: string): void {
    const gone = this.state.byMediaId[mediaId]?.remoteMediaId;
    for (const [id, e] of Object.entries(this.state.byMediaId)) if (id === mediaId || e.remoteMediaId === gone) delete this.state.byMediaId[id];
    this.onChange?.(this.getState());
  }

  async upload(input: { mediaId: string; bytes: Uint8Array; mime: string; alt: string; caption: string; credit: string }): Promise<WpMediaEntry> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const known = this.state.byMediaId[input.mediaId];
    if (known && known.sha256 === sha256) return known;
    const sameBytes = Object.values(this.state.byMediaId).find((e) => e.sha256 === sha256);
    if (sameBytes) return this.set(input.mediaId, sameBytes);
    let p = this.inflight.get(sha256);
    if (!p) {
      p = this.send(input, sha256).finally(() => this.inflight.delete(sha256));
      this.inflight.set(sha256, p);
    }
    return this.set(input.mediaId, await p);
  }

  private set(mediaId: string, entry: WpMediaEntry): WpMediaEntry {
    this.state.byMediaId[mediaId] = { ...entry };
    this.onChange?.(this.getState());
    return entry;
  }

  private async send(input: { mediaId: string; bytes: Uint8Array; mime: string; alt: string; caption: string; credit: string }, sha256: string): Promise<WpMediaEntry> {
    const credit = input.credit.trim();
    const captionText = [input.caption.trim(), credit ? `${pageText(this.language).imageCredit} ${credit}` : ''].filter(Boolean).join(' ');
    const res = await this.http.request(
      {
        method: 'POST',
        route: '/wp/v2/media',
        // The REST media endpoint reads these from the query string next to a raw upload: one request.
        query: { alt_text: input.alt, caption: textToWpHtml(captionText), description: textToWpHtml(credit), title: textToWpHtml(input.caption.trim() || input.alt || input.mediaId) },
        body: input.bytes,
        headers: { 'Content-Type': input.mime, 'Content-Disposition': `attachment; filename="${uploadFileName(input.mediaId, input.mime)}"` },
      },
      wpMediaSchema,
    );
    return { remoteMediaId: res.data.id, url: res.data.source_url, sha256 };
  }
}
