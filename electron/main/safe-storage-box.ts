import { AppError } from '../../core/contract/result';
import type { SecretBox } from '../../backend/storage/secret-box';

export type { SecretBox };

/** The part of Electron's safeStorage this module uses (injected, so it can be tested). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Versioned so that a later format (or a re-keyed one) can be told apart. */
const PREFIX = 'ss1:';

/**
 * A SecretBox over safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on
 * Linux). Use only after app 'ready'. When no OS encryption is available it refuses with
 * UNAVAILABLE rather than storing secrets in the clear.
 */
export function createSafeStorageBox(safeStorage: SafeStorageLike): SecretBox {
  const requireEncryption = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new AppError('UNAVAILABLE', 'The system keychain is not available, so secrets cannot be stored safely.');
    }
  };
  return {
    async seal(plain) {
      requireEncryption();
      return PREFIX + safeStorage.encryptString(plain).toString('base64');
    },
    async open(sealed) {
      if (!sealed.startsWith(PREFIX)) throw new AppError('DAMAGED', 'This secret was not sealed by Copydesk on this computer.');
      requireEncryption();
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
      } catch {
        throw new AppError('DAMAGED', 'This secret cannot be decrypted (sealed by another user or computer?).');
      }
    },
  };
}
