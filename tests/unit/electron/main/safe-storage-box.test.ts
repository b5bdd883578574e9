import { describe, expect, it } from 'vitest';
import { createSafeStorageBox, type SafeStorageLike } from '../../../../electron/main/safe-storage-box';

/** A reversible stand-in for safeStorage (XOR), enough to test the wrapping. */
function fakeSafeStorage(available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => xor(Buffer.from(`sealed:${plain}`, 'utf8')),
    decryptString: (enc) => {
      const text = xor(enc).toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('bad');
      return text.slice('sealed:'.length);
    },
  };
}

describe('createSafeStorageBox', () => {
  it('round-trips a secret and never stores it in the clear', async () => {
    const box = createSafeStorageBox(fakeSafeStorage());
    const sealed = await box.seal('wp-app-password äöü');
    expect(sealed).toMatch(/^ss1:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('wp-app-password');
    await expect(box.open(sealed)).resolves.toBe('wp-app-password äöü');
  });

  it('refuses to seal without OS encryption', async () => {
    await expect(createSafeStorageBox(fakeSafeStorage(false)).seal('x')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('reports foreign or damaged secrets as DAMAGED', async () => {
    const box = createSafeStorageBox(fakeSafeStorage());
    await expect(box.open('plain text')).rejects.toMatchObject({ code: 'DAMAGED' });
    await expect(box.open('ss1:AAAA')).rejects.toMatchObject({ code: 'DAMAGED' });
  });
});
