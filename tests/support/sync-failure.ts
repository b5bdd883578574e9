import { SyncFailure } from '../../core/sync/sync-target';

/** The SyncFailure a promise rejects with; anything else (or no rejection) fails the test. */
export async function failureOf(p: Promise<unknown>): Promise<SyncFailure> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SyncFailure) return err;
    throw err;
  }
  throw new Error('expected a SyncFailure');
}
