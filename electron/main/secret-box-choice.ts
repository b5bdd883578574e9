import { createFileSecretBox } from '../../backend/storage/key-file-box';
import { createSafeStorageBox, SAFE_STORAGE_PREFIX, type SafeStorageLike, type SecretBox } from './safe-storage-box';

/** safeStorage as the choice needs it; getSelectedStorageBackend exists on Linux only. */
export interface SafeStorageProbe extends SafeStorageLike {
  getSelectedStorageBackend?(): string;
}

export interface SecretBoxChoice {
  box: SecretBox;
  /** 'keychain': the OS keeps the key; 'key-file': a 0600 key file in <dataDir>/secrets. */
  kind: 'keychain' | 'key-file';
  /** Linux only: what safeStorage said it uses (gnome_libsecret, kwallet5, basic_text, ...). */
  linuxBackend: string | null;
  /** For the log when secrets do not go to a keychain; null when they do. */
  warning: string | null;
}

/**
 * Linux backends that are no keychain: 'basic_text' encrypts with a key built into Chromium
 * (the same on every machine, so it is obfuscation, not encryption), and 'unknown' means
 * safeStorage cannot say (before 'ready'); neither may be taken as encryption.
 */
const NOT_A_KEYCHAIN = new Set(['basic_text', 'unknown']);

/**
 * Where the desktop app seals site tokens: the OS keychain through safeStorage when there is
 * one, else the web shell's 0600 key-file box. Call after app 'ready'.
 *
 * Saved site tokens survive a change of box: when Linux's safeStorage falls back to
 * basic_text, values an earlier version sealed with it ("ss1:") are still opened through
 * safeStorage (everything sealed from now on goes to the key file); with a keychain, values
 * sealed into the key file while there was none still open from it.
 */
export function chooseSecretBox(safeStorage: SafeStorageProbe, dataDir: string, platform: NodeJS.Platform = process.platform): SecretBoxChoice {
  const linuxBackend = platform === 'linux' ? (safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : null;
  const available = safeStorage.isEncryptionAvailable();
  const fileBox = createFileSecretBox(dataDir);
  if (available && (linuxBackend === null || !NOT_A_KEYCHAIN.has(linuxBackend))) {
    const keychain = createSafeStorageBox(safeStorage);
    return {
      // Values sealed while there was no keychain (the key file) still open.
      box: { seal: (plain) => keychain.seal(plain), open: (sealed) => (sealed.startsWith(SAFE_STORAGE_PREFIX) ? keychain.open(sealed) : fileBox.open(sealed)) },
      kind: 'keychain',
      linuxBackend,
      warning: null,
    };
  }
  if (!available) {
    return {
      box: fileBox,
      kind: 'key-file',
      linuxBackend,
      warning: `No system keychain is available: site tokens are sealed with a key kept in ${fileBox.keyFile} (readable only by you).`,
    };
  }
  const legacy = createSafeStorageBox(safeStorage);
  return {
    box: {
      seal: (plain) => fileBox.seal(plain),
      open: (sealed) => (sealed.startsWith(SAFE_STORAGE_PREFIX) ? legacy.open(sealed) : fileBox.open(sealed)),
    },
    kind: 'key-file',
    linuxBackend,
    warning:
      `Electron's safeStorage reports the "${linuxBackend}" backend, which is no keychain (basic_text uses a key built into Chromium): ` +
      `site tokens are sealed with a key kept in ${fileBox.keyFile} (readable only by you) instead. ` +
      `Install and unlock a keyring (GNOME Keyring / KWallet), or start with --password-store=gnome-libsecret or kwallet5/kwallet6, to use it.`,
  };
}
