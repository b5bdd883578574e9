import { defineTargetKind } from '../target-kind';
import { createReferenceSiteTarget } from './reference-site-target';

/**
 * The reference site (site/, also the embedded one): a bearer token per account, asked for
 * before every request. Images go up before the article that uses them.
 */
export const referenceSiteKind = defineTargetKind<'reference-site', never>({
  kind: 'reference-site',
  uploadsMediaBeforePush: true,
  secretPerRequest: true,
  fromInput: (input) => ({ secret: input.token.trim(), user: '' }),
  createTarget: (site, secret, deps) => createReferenceSiteTarget({ url: site.url, token: secret, fetch: deps.fetch, timeoutMs: deps.timeoutMs }),
});
