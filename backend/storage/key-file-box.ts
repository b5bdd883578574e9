import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/contract/result';
import type { SecretBox } from './secret-box';

const PREFIX = 'fb1:';

/**
 * The web shell's SecretBox: AES-256-GCM with a random key kept in a file only the user may
 * read (0600, in a 0700 directory). Sealed values can be stored in ordinary JSON; copied to
 * another data directory they do not open.
 */
export function createFileSecretBox(dataDir: string): SecretBox & { keyFile: string } {
  const dir = path.join(dataDir, 'secrets');
  const keyFile = path.join(dir, 'secret-box.key');
  let key: Promise<Buffer> | null = null;

  async function loadKey(): Promise<Buffer> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    try {
      const existing = await readFile(keyFile);
      if (existing.length === 32) {
        await chmod(keyFile, 0o600);
        return existing;
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const fresh = randomBytes(32);
    try {
      const handle = await open(keyFile, 'wx', 0o600);
      await handle.writeFile(fresh);
      await handle.sync();
      await handle.close();
      return fresh;
    } catch (err) {
      // Another process created it first: use that one.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFile(keyFile);
      throw err;
    }
  }
  const getKey = () => (key ??= loadKey().catch((err: unknown) => {
    key = null;
    throw err;
  }));

  return {
    keyFile,
    async seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', await getKey(), iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    },
    async open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new AppError('DAMAGED', 'This secret was not sealed by Copydesk’s file box.');
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      try {
        const decipher = createDecipheriv('aes-256-gcm', await getKey(), raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new AppError('DAMAGED', 'This secret cannot be opened (sealed with another key?).');
      }
    },
  };
}
