import { randomBytes } from 'node:crypto';
import type { SiteExecutor } from '../db/schema';
import type { ImageMime } from './sniff';

/** A stored image, without its bytes. */
export interface StoredMedia {
  id: string;
  mime: string;
  bytes: number;
}

/** Stores image bytes under a new unguessable id. */
export async function insertMedia(trx: SiteExecutor, data: Buffer, mime: ImageMime, now: Date): Promise<StoredMedia> {
  const id = randomBytes(16).toString('base64url');
  await trx.insertInto('site_media').values({ id, mime, size: data.length, data, created_at: now.toISOString() }).execute();
  return { id, mime, bytes: data.length };
}

/** An image with its bytes, or null. */
export async function getMedia(db: SiteExecutor, id: string): Promise<{ mime: string; data: Buffer } | null> {
  const row = await db.selectFrom('site_media').select(['mime', 'data']).where('id', '=', id).executeTakeFirst();
  return row ? { mime: row.mime, data: Buffer.from(row.data) } : null;
}
