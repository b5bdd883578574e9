import { createHash } from 'node:crypto';
import type { SiteExecutor } from '../db/schema';
import type { ImageMime } from './sniff';

/** A stored image, without its bytes. */
export interface StoredMedia {
  id: string;
  mime: string;
  bytes: number;
}

const EXTENSION: Record<ImageMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/**
 * Stores image bytes under the SHA-256 of their content plus the type's extension, the same id
 * the app gives them: an article synced from the app refers to its images by ids the site then
 * serves unchanged, and uploading the same picture twice stores it once.
 */
export async function insertMedia(trx: SiteExecutor, data: Buffer, mime: ImageMime, now: Date): Promise<StoredMedia> {
  const id = `${createHash('sha256').update(data).digest('hex')}.${EXTENSION[mime]}`;
  const existing = await trx.selectFrom('site_media').select('id').where('id', '=', id).executeTakeFirst();
  if (!existing) await trx.insertInto('site_media').values({ id, mime, size: data.length, data, created_at: now.toISOString() }).execute();
  return { id, mime, bytes: data.length };
}

/** An image with its bytes, or null. */
export async function getMedia(db: SiteExecutor, id: string): Promise<{ mime: string; data: Buffer } | null> {
  const row = await db.selectFrom('site_media').select(['mime', 'data']).where('id', '=', id).executeTakeFirst();
  return row ? { mime: row.mime, data: Buffer.from(row.data) } : null;
}
