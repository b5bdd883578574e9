/**
 * Keeps small secrets (site tokens, application passwords) unreadable at rest. The Electron
 * host seals with the OS keychain via safeStorage; the web shell uses a 0600 file instead.
 * Free of 'electron' imports so the web shell and the sync code can depend on it.
 */
export interface SecretBox {
  /** Encrypts `plain`; the result is a printable string safe to store in JSON. */
  seal(plain: string): Promise<string>;
  /** Decrypts what seal returned. Rejects when it was sealed elsewhere or is damaged. */
  open(sealed: string): Promise<string>;
}
