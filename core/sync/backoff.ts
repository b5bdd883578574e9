/** Retry delays: exponential from `baseMs`, capped at `maxMs`, with jitter (50–100 % of the step). */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, maxMs: 60_000 };

/** The delay before attempt `attempts + 1`; `random` returns [0, 1). */
export function backoffDelay(attempts: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempts, 30)));
  return Math.round(step * (0.5 + random() * 0.5));
}
