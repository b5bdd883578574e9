import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../core/contract/result';
import { MAX_MEDIA_BYTES } from '../../../core/contract/contract';
import { replaceFileDurably } from '../../storage/durable-write';
import { storageFailed } from '../../storage/storage-error';
import { MIME_BY_EXT, sniffImage } from './sniff';

const ID_PATTERN = /^[a-f0-9]{64}\.(png|jpg|gif|webp)$/;

/**
 * Images live in <dataDir>/media named by the SHA-256 of their bytes, so importing the same
 * picture twice stores it once, and an id can never point outside the folder.
 */
export function createMediaStore(dataDir: string) {
  const dir = path.join(dataDir, 'media');
  // The same picture stored twice at once (dropped twice, or as lead image and in the body) shares
  // one write: two writers of one temp file made the second rename fail.
  const writing = new Map<string, Promise<void>>();
  const store = async (target: string, bytes: Buffer) => {
    await fs.mkdir(dir, { recursive: true });
    const exists = await fs.stat(target).then(() => true, () => false);
    if (!exists) await replaceFileDurably(target, bytes);
  };

  return {
    async put(dataBase64: string): Promise<{ id: string; mime: string; bytes: number }> {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > MAX_MEDIA_BYTES) throw new AppError('TOO_LARGE', `The image is larger than ${MAX_MEDIA_BYTES / 1024 / 1024} MB.`);
      const type = sniffImage(bytes);
      if (!type) throw new AppError('UNSUPPORTED_MEDIA', 'This file is not a PNG, JPEG, GIF or WebP image.');
      const id = `${createHash('sha256').update(bytes).digest('hex')}.${type.ext}`;
      const target = path.join(dir, id);
      try {
        let write = writing.get(id);
        if (!write) {
          write = store(target, bytes).finally(() => writing.delete(id));
          writing.set(id, write);
        }
        await write;
      } catch (err) {
        // storageFailed says "The disk is full: …" for ENOSPC, where the raw message named a temp file.
        throw storageFailed('Storing the image', err, 'Free some space and add the image again; no part of it was kept.');
      }
      return { id, mime: type.mime, bytes: bytes.length };
    },

    async file(id: string): Promise<{ path: string; mime: string } | null> {
      if (!ID_PATTERN.test(id)) return null;
      const file = path.join(dir, id);
      const exists = await fs.stat(file).then((s) => s.isFile(), () => false);
      const ext = id.slice(id.lastIndexOf('.') + 1);
      return exists ? { path: file, mime: MIME_BY_EXT[ext] ?? 'application/octet-stream' } : null;
    },
  };
}
export type MediaStore = ReturnType<typeof createMediaStore>;
