import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseSecretBox, type SafeStorageProbe } from '../../../../electron/main/secret-box-choice';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-secrets-'));
  dirs.push(dir);
  return dir;
}

/**
 * A stand-in for Electron's safeStorage. Like the real basic_text backend it "encrypts" with a
 * key everybody has (here: XOR with a constant), and it records every use.
 */
function fakeSafeStorage(backend: string | undefined, available = true) {
  const used: string[] = [];
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  const storage: SafeStorageProbe = {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => {
      used.push('encrypt');
      return xor(Buffer.from(`sealed:${plain}`, 'utf8'));
    },
    decryptString: (enc) => {
      used.push('decrypt');
      const text = xor(enc).toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('bad');
      return text.slice('sealed:'.length);
    },
  };
  if (backend !== undefined) storage.getSelectedStorageBackend = () => backend;
  return { storage, used };
}

describe('chooseSecretBox', () => {
  it.each(['basic_text', 'unknown'])('on Linux, does not take safeStorage with the %s backend for encryption: the 0600 key file, with a warning', async (backend) => {
    const dir = dataDir();
    const { storage, used } = fakeSafeStorage(backend);
    const choice = chooseSecretBox(storage, dir, 'linux');
    expect(choice).toMatchObject({ kind: 'key-file', linuxBackend: backend });
    expect(choice.warning).toContain(`"${backend}"`);
    expect(choice.warning).toContain(path.join(dir, 'secrets', 'secret-box.key'));
    const sealed = await choice.box.seal('wp-app-password');
    expect(sealed).toMatch(/^fb1:/);
    expect(used).toEqual([]);
    expect(statSync(path.join(dir, 'secrets', 'secret-box.key')).mode & 0o777).toBe(0o600);
    await expect(choice.box.open(sealed)).resolves.toBe('wp-app-password');
  });

  it('with basic_text, still opens what an earlier version sealed through safeStorage (saved site tokens keep working)', async () => {
    const { storage } = fakeSafeStorage('basic_text');
    const earlier = 'ss1:' + storage.encryptString('old-token').toString('base64');
    const choice = chooseSecretBox(storage, dataDir(), 'linux');
    await expect(choice.box.open(earlier)).resolves.toBe('old-token');
  });

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('on Linux, uses the %s keyring through safeStorage', async (backend) => {
    const { storage, used } = fakeSafeStorage(backend);
    const choice = chooseSecretBox(storage, dataDir(), 'linux');
    expect(choice).toMatchObject({ kind: 'keychain', linuxBackend: backend, warning: null });
    const sealed = await choice.box.seal('x');
    expect(sealed).toMatch(/^ss1:/);
    expect(used).toEqual(['encrypt']);
    await expect(choice.box.open(sealed)).resolves.toBe('x');
  });

  it('with a keychain, still opens what was sealed into the key file while there was none', async () => {
    const dir = dataDir();
    const before = chooseSecretBox(fakeSafeStorage('basic_text').storage, dir, 'linux');
    const sealed = await before.box.seal('from-the-key-file');
    const after = chooseSecretBox(fakeSafeStorage('gnome_libsecret').storage, dir, 'linux');
    await expect(after.box.open(sealed)).resolves.toBe('from-the-key-file');
    await expect(after.box.open('plain text')).rejects.toMatchObject({ code: 'DAMAGED' });
  });

  it('uses the keychain on macOS and Windows, where there is no backend to ask', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(chooseSecretBox(fakeSafeStorage(undefined).storage, dataDir(), platform)).toMatchObject({ kind: 'keychain', linuxBackend: null, warning: null });
    }
  });

  it('falls back to the key file when no encryption is available at all, and says so', () => {
    const choice = chooseSecretBox(fakeSafeStorage('gnome_libsecret', false).storage, dataDir(), 'linux');
    expect(choice.kind).toBe('key-file');
    expect(choice.warning).toMatch(/No system keychain/);
    // A Linux safeStorage without getSelectedStorageBackend counts as 'unknown'.
    expect(chooseSecretBox(fakeSafeStorage(undefined).storage, dataDir(), 'linux')).toMatchObject({ kind: 'key-file', linuxBackend: 'unknown' });
  });
});
