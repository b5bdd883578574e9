import { AppError } from '../../../core/contract/result';
import { SyncFailure } from '../../../core/sync/sync-target';

/** The contract error for a failed check of a new site's address and credentials. */
export function contractErrorOf(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof SyncFailure) {
    if (err.kind === 'auth') return new AppError('UNAUTHORIZED', `The site refused the credentials: ${err.message}`);
    if (err.kind === 'forbidden') return new AppError('FORBIDDEN', err.message);
    if (err.kind === 'unavailable' || err.kind === 'rate_limited') return new AppError('UNAVAILABLE', err.message);
    if (err.kind === 'not_found') return new AppError('INVALID_ARGUMENT', `No sync API at this address (${err.message}).`);
    return new AppError('INVALID_ARGUMENT', err.message);
  }
  return new AppError('INTERNAL', err instanceof Error ? err.message : String(err));
}
