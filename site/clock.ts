import { readFileSync } from 'node:fs';

/** The server's notion of now; injected so tests can move time. */
export interface Clock {
  now(): Date;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A controllable clock for tests (never needed in use), the same for the site and the web
 * shell so several processes share one time: COPYDESK_CLOCK_OFFSET_MS shifts the clock by a
 * fixed amount; COPYDESK_CLOCK_FILE names a file holding an offset in ms that a test may
 * rewrite while the process runs ("the clock passes the scheduled time"). Unset: undefined.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv, who: string): (() => Date) | undefined {
  const fixed = Number(env.COPYDESK_CLOCK_OFFSET_MS ?? 0);
  const file = env.COPYDESK_CLOCK_FILE;
  if (!file && (!Number.isFinite(fixed) || fixed === 0)) return undefined;
  console.warn(`${who}: test clock in use (COPYDESK_CLOCK_OFFSET_MS / COPYDESK_CLOCK_FILE)`);
  let cached = { at: 0, offset: 0 };
  const fileOffset = (): number => {
    if (!file) return 0;
    if (Date.now() - cached.at > 200) {
      let offset = 0;
      try {
        offset = Number(readFileSync(file, 'utf8').trim()) || 0;
      } catch {
        // no file yet: no shift
      }
      cached = { at: Date.now(), offset };
    }
    return cached.offset;
  };
  return () => new Date(Date.now() + (Number.isFinite(fixed) ? fixed : 0) + fileOffset());
}
