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
export const SAFE_STORAGE_PREFIX = 'ss1:';
const PREFIX = SAFE_STORAGE_PREFIX;

/**
 * A SecretBox over safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on
 * Linux). Use only after app 'ready', and on Linux only when the backend is a real keyring
 * (chooseSecretBox in secret-box-choice.ts decides). When no OS encryption is available it refuses with
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
