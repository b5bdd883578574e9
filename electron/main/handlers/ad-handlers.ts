import type { adCalls } from '../../../core/contract/calls/ads';
import type { BackendDeps, BackendModule } from '../backend-deps';

/** ads.* and preview.* calls. */
export function adModule(_deps: BackendDeps): BackendModule<keyof typeof adCalls> {
  return { handlers: {} };
}
