import { isUnencryptedRemoteUrl } from '../../../core/contract/calls/sync';
import { AppError } from '../../../core/contract/result';
import type { SiteInputKind } from './target-kind';

/** How the refusal names the site and its credentials, per kind. */
const SITE_NAME: Record<SiteInputKind, { site: string; secret: string }> = {
  wordpress: { site: 'This WordPress site', secret: 'the application password' },
  'reference-site': { site: 'This Copydesk site', secret: 'the API token' },
};

/** `details.reason` of the refusal (the UI shows its own translated text for it). */
export const INSECURE_HTTP_REASON = 'insecure_http';

/**
 * The transport rule of "add site", the same for every kind: the credentials go with every
 * request (WordPress: the application password in `Authorization: Basic`; the reference site:
 * its bearer token), so plain http is refused unless the site is on this machine (127.0.0.0/8,
 * ::1, localhost: the embedded site, tests, CI's WordPress) or the user ticked "Allow
 * unencrypted http". The service runs it before any request goes to the site. Throws
 * INVALID_ARGUMENT with `details: { reason: 'insecure_http', kind }`.
 */
export function assertTransportAllowed(kind: SiteInputKind, url: string, allowInsecureHttp: boolean | undefined): void {
  if (allowInsecureHttp === true || !isUnencryptedRemoteUrl(url)) return;
  const name = SITE_NAME[kind];
  throw new AppError(
    'INVALID_ARGUMENT',
    `${name.site} is on plain http, so ${name.secret} would travel unencrypted. Use https, or tick 'Allow unencrypted http' if this is a test site.`,
    { reason: INSECURE_HTTP_REASON, kind },
  );
}
