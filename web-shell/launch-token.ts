import { randomBytes } from 'node:crypto';

/**
 * The web shell's launch token guards every contract call, so a token given in
 * COPYDESK_WEB_TOKEN must be as hard to guess as the random one the shell makes itself:
 * URL-safe (it travels in the launch URL), at least 32 characters, at least 128 bits by
 * length x alphabet, and none of the patterns people type instead of random characters
 * (one character over and over, a repeated chunk, a run like "abcdef...").
 */
export const MIN_TOKEN_LENGTH = 32;
export const MIN_TOKEN_BITS = 128;
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/** The alphabet the token appears to be drawn from, by the character classes it uses. */
function alphabetSize(token: string): number {
  if (/^[0-9a-f]+$/.test(token) || /^[0-9A-F]+$/.test(token)) return 16;
  let size = 0;
  if (/[a-z]/.test(token)) size += 26;
  if (/[A-Z]/.test(token)) size += 26;
  if (/[0-9]/.test(token)) size += 10;
  if (/[._~-]/.test(token)) size += 4;
  return size;
}

/** Estimated strength in bits: length x log2(alphabet). */
export function tokenBits(token: string): number {
  const size = alphabetSize(token);
  return size > 1 ? token.length * Math.log2(size) : 0;
}

/** Why `token` is too weak to be a launch token, or null if it is acceptable. */
export function launchTokenWeakness(token: string): string | null {
  if (!URL_SAFE.test(token)) return 'it may only contain the URL-safe characters A-Z a-z 0-9 - _ . ~';
  if (token.length < MIN_TOKEN_LENGTH) return `it has ${token.length} characters, at least ${MIN_TOKEN_LENGTH} are needed`;
  const bits = tokenBits(token);
  if (bits < MIN_TOKEN_BITS) return `it carries about ${Math.floor(bits)} bits, at least ${MIN_TOKEN_BITS} are needed (use more characters or more kinds of them)`;
  const counts = new Map<string, number>();
  for (const c of token) counts.set(c, (counts.get(c) ?? 0) + 1);
  if (counts.size < 8) return `it uses only ${counts.size} different characters`;
  // One character far more often than chance allows (8 standard deviations; a quarter of the token at least).
  const p = 1 / alphabetSize(token);
  const limit = Math.max(token.length / 4, token.length * p + 8 * Math.sqrt(token.length * p * (1 - p)));
  if (Math.max(...counts.values()) > limit) return 'one character makes up far too much of it';
  for (let period = 1; period <= token.length / 2; period++) {
    if (token.slice(period) === token.slice(0, token.length - period)) return `it repeats a ${period}-character chunk`;
  }
  // Words and chunks typed again ("passwordpassword..."): random tokens repeat neither by any real chance.
  for (const [size, times] of [[5, 3], [8, 2]] as const) {
    const seen = new Map<string, number>();
    for (let i = 0; i + size <= token.length; i++) {
      const chunk = token.slice(i, i + size);
      const n = (seen.get(chunk) ?? 0) + 1;
      if (n >= times) return `it repeats "${chunk}"`;
      seen.set(chunk, n);
    }
  }
  let steps = 0;
  for (let i = 1; i < token.length; i++) if (Math.abs(token.charCodeAt(i) - token.charCodeAt(i - 1)) <= 1) steps++;
  if (steps > (token.length - 1) / 2) return 'it is mostly runs of neighbouring characters (like "abcdef" or "123456")';
  return null;
}

export class WeakLaunchTokenError extends Error {
  constructor(reason: string) {
    super(
      `COPYDESK_WEB_TOKEN is too weak: ${reason}. ` +
        `Leave it unset for a random token per launch, or use at least ${MIN_TOKEN_LENGTH} random URL-safe characters, e.g. ` +
        `node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`,
    );
    this.name = 'WeakLaunchTokenError';
  }
}

/** A fresh random launch token (43 base64url characters, 256 bits). */
export function randomLaunchToken(): string {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    // A random draw fails the pattern checks with negligible odds; draw again rather than reason about it.
    if (!launchTokenWeakness(token)) return token;
  }
}

/** COPYDESK_WEB_TOKEN if set (and strong enough, else WeakLaunchTokenError), else a random token. */
export function launchTokenFromEnv(env: NodeJS.ProcessEnv): string {
  const given = env.COPYDESK_WEB_TOKEN;
  if (given === undefined || given === '') return randomLaunchToken();
  const weakness = launchTokenWeakness(given);
  if (weakness) throw new WeakLaunchTokenError(weakness);
  return given;
}
