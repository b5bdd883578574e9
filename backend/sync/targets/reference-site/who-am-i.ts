import { siteMeAnswerSchema } from '../../../../core/sync/reference-site-api';
import { SyncFailure } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/index';
import { parseAnswer } from './site-answers';
import type { SiteRequest, SiteRequestInit } from './site-request';

/** The account as the site knows it (`id` is absent on sites older than accounts with display names). */
export type Account = { id?: string; name: string; role: Role };

/**
 * whoAmI for the site: GET /me when the site has it; otherwise the role from two requests that
 * write nothing. Remembered per token (the profile's role, and so the token, may change).
 */
export function createWhoAmI(request: SiteRequest, token: () => Promise<string>): () => Promise<Account> {
  let cached: ({ token: string } & Account) | null = null;
  return async function whoAmI() {
    const current = await token();
    if (cached?.token === current) return cached;
    let found: Account;
    try {
      found = parseAnswer(siteMeAnswerSchema, (await request('GET', '/me')).body, 'GET /me').user;
    } catch (err) {
      if (!(err instanceof SyncFailure) || err.kind !== 'not_found') throw err;
      found = await probeRole(request);
    }
    cached = { token: current, ...found };
    return found;
  };
}

/** The role of a site without GET /me. */
async function probeRole(request: SiteRequest): Promise<Account> {
  await request('GET', '/changes', { query: { limit: '1' } }); // 401 for a wrong token
  // A publisher may change ad slots (an invalid body answers 400, others 403); an editor may
  // upload media (an empty body answers 400, a reviewer 403). Neither request stores anything.
  const allowed = async (method: string, path: string, init: SiteRequestInit) => {
    try {
      await request(method, path, init);
      return true;
    } catch (e) {
      if (e instanceof SyncFailure && e.kind === 'forbidden') return false;
      if (e instanceof SyncFailure && e.kind === 'rejected') return true;
      throw e;
    }
  };
  const r: Role = (await allowed('PUT', '/ads/slots/copydesk-role-probe', { json: {} }))
    ? 'publisher'
    : (await allowed('POST', '/media', { bytes: new Uint8Array(0) }))
      ? 'editor'
      : 'reviewer';
  return { name: r, role: r };
}
