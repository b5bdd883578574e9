import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { launchTokenFromEnv, launchTokenWeakness, randomLaunchToken, WeakLaunchTokenError } from '../../../web-shell/launch-token';

describe('launch token strength (COPYDESK_WEB_TOKEN)', () => {
  it.each([
    ['short', 'e2e-k3j4h5g6f7d8'],
    ['the old e2e token shape', `e2e-${'0.4kq7wz1x9m2p'.slice(2)}`],
    ['one character over and over', 'a'.repeat(64)],
    ['two characters', 'ab'.repeat(32)],
    ['a repeated chunk', 'Kx9-Qm2_Zt'.repeat(4)],
    ['a run of neighbouring characters', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['digits only, too few bits', '84629175306482917350'.repeat(2).slice(0, 38)],
    ['a space', 'Lt7-q2Zx9Kp4Wm8Rv3Yb6Nc1Hd5Jf0Gs e'],
    ['non-URL-safe characters', 'Lt7+q2Zx9/Kp4Wm8Rv3Yb6Nc1Hd5Jf0Gs=e'],
    ['mostly one character', 'aaaaaaaaaaaaaaaaaaaaKx9-Qm2_Zt7Lp4Vb'],
    ['"password" padded', 'passwordpasswordpassword12345678'],
  ])('refuses %s', (_what, token) => {
    expect(launchTokenWeakness(token)).toEqual(expect.any(String));
    expect(() => launchTokenFromEnv({ COPYDESK_WEB_TOKEN: token })).toThrow(WeakLaunchTokenError);
  });

  it('says why and what to do, in one line a person can act on', () => {
    try {
      launchTokenFromEnv({ COPYDESK_WEB_TOKEN: 'secret' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/^COPYDESK_WEB_TOKEN is too weak: it has 6 characters, at least 32 are needed\. Leave it unset .*randomBytes\(32\)/);
    }
  });

  it('accepts random tokens of the usual shapes', () => {
    for (let i = 0; i < 200; i++) {
      expect(launchTokenWeakness(randomBytes(24).toString('base64url'))).toBeNull();
      expect(launchTokenWeakness(randomBytes(16).toString('hex'))).toBeNull();
      expect(launchTokenWeakness(randomBytes(32).toString('hex').toUpperCase())).toBeNull();
      expect(launchTokenWeakness(`e2e-${randomBytes(24).toString('base64url')}`)).toBeNull();
      expect(launchTokenWeakness(randomLaunchToken())).toBeNull();
    }
  });

  it('uses a given strong token and makes a random one when none is given', () => {
    const strong = randomBytes(32).toString('base64url');
    expect(launchTokenFromEnv({ COPYDESK_WEB_TOKEN: strong })).toBe(strong);
    const a = launchTokenFromEnv({});
    const b = launchTokenFromEnv({ COPYDESK_WEB_TOKEN: '' });
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(43);
  });
});
