import type { SiteView } from '../../../core/contract/contract';

export type SiteFailureView = NonNullable<SiteView['failures']>[number];

/**
 * The plain-words lead of a failure, as a key of sync.failure: what the connection says about
 * it (the site could not be reached, the token was refused, the role may not) or, when the
 * site answered, that it refused the article. The site's own words follow it as the detail.
 */
export function failureLeadKey(connection: SiteView['connection'], failure: SiteFailureView): string {
  if (connection === 'auth_failed') return 'sync.failure.lead.auth';
  if (connection === 'forbidden') return 'sync.failure.lead.forbidden';
  if (connection === 'offline' || (connection === 'unknown' && failure.nextAttemptAt !== null)) return 'sync.failure.lead.offline';
  return failure.nextAttemptAt === null ? 'sync.failure.lead.refused' : 'sync.failure.lead.retrying';
}
