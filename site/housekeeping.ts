import { pruneIdempotencyRecords } from './api/idempotency';
import type { Clock } from './clock';
import type { OpenDatabase } from './db/connect';

/** How often old idempotency records are pruned. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** Prunes old idempotency records now and then hourly; returns the function that stops it. */
export function startHousekeeping(db: OpenDatabase, clock: Clock, onError: (err: unknown) => void): () => void {
  const prune = () => void pruneIdempotencyRecords(db.kysely, clock.now()).catch(onError);
  prune();
  const timer = setInterval(prune, HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
