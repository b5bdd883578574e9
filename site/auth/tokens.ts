import { createHash, randomBytes } from 'node:crypto';

/** A fresh API token: 32 random bytes, base64url. Shown once; only its hash is stored. */
export function newApiToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token, hex. Tokens carry 256 bits of entropy, so a plain hash (no salt) suffices. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
