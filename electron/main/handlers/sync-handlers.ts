import type { syncCalls } from '../../../core/contract/calls/sync';
import type { BackendDeps, BackendModule } from '../backend-deps';

/** sites.* and sync.* calls, plus the sync engine's background work. */
export function syncModule(_deps: BackendDeps): BackendModule<keyof typeof syncCalls> {
  return { handlers: {} };
}
