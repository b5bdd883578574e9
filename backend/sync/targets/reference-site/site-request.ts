import { SyncFailure } from '../../../../core/sync/sync-target';
import { AnswerTooLarge, discardBody, readBounded, redirectTarget } from '../bounded-fetch';
import { failureOf } from './site-answers';

/** How to reach the site: its origin, the token, and the HTTP details (see ReferenceSiteOptions). */
export interface SiteConnection {
  /** The site's origin, e.g. http://127.0.0.1:4400 */
  url: string;
  /** The API token, or a function giving the one to act with now (the profile's role may change). */
  token: string | (() => string | Promise<string>);
  /** Per request (default 10 s). */
  timeoutMs?: number;
  /** Injected for tests; global fetch otherwise. */
  fetch?: typeof fetch;
  /** Called once per HTTP request (benchmarks count requests). */
  onRequest?: (method: string, path: string) => void;
}

/** What a request may carry besides method and path. */
export interface SiteRequestInit {
  json?: unknown;
  bytes?: Uint8Array;
  idempotencyKey?: string;
  query?: Record<string, string>;
}

/** A request to /api/v1 that answers the parsed JSON or throws the SyncFailure its status means. */
export type SiteRequest = (method: string, path: string, init?: SiteRequestInit) => Promise<{ status: number; body: unknown }>;

/** The token to act with now. */
export const currentToken = async (c: SiteConnection): Promise<string> => (typeof c.token === 'string' ? c.token : c.token());

/**
 * The HTTP client of the site's API: bearer token, a timeout covering the whole answer (body
 * included), a 20 MB limit on answers, no redirects followed (the token stays with the site),
 * one retry of a dead pooled connection.
 */
export function createSiteRequest(c: SiteConnection): SiteRequest {
  const origin = c.url.replace(/\/+$/, '');
  const doFetch = c.fetch ?? fetch;
  const timeoutMs = c.timeoutMs ?? 10_000;

  return async function request(method, path, init = {}) {
    const url = new URL(`${origin}/api/v1${path}`);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { authorization: `Bearer ${await currentToken(c)}`, accept: 'application/json' };
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    let body: string | Uint8Array | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.bytes) {
      headers['content-type'] = 'application/octet-stream';
      body = init.bytes;
    }
    c.onRequest?.(method, path);
    let res: Response | null = null;
    let text = '';
    // A pooled keep-alive connection the server already closed fails at once; one immediate
    // retry is safe because every write carries its Idempotency-Key.
    for (let attempt = 0; !res; attempt++) {
      try {
        const signal = AbortSignal.timeout(timeoutMs);
        res = await doFetch(url, { method, headers, body: body as BodyInit | undefined, redirect: 'manual', signal });
        const redirectedTo = redirectTarget(res, url);
        if (redirectedTo !== null) {
          discardBody(res);
          throw new SyncFailure('invalid_response', `The site redirected to ${redirectedTo} (HTTP ${res.status}); Copydesk does not follow redirects, so the token stays with the site. If that is the site's address, use it as the site URL.`, { status: res.status });
        }
        text = await readBounded(res, signal);
      } catch (err) {
        if (err instanceof SyncFailure) throw err;
        if (err instanceof AnswerTooLarge) throw new SyncFailure('invalid_response', `The site's answer was refused: ${err.message}.`, { status: res?.status });
        res = null;
        const timedOut = err instanceof Error && err.name === 'TimeoutError';
        if (attempt === 0 && !timedOut) continue;
        const reason = err instanceof Error ? (timedOut ? `timed out after ${timeoutMs} ms` : ((err.cause as Error | undefined)?.message ?? err.message)) : String(err);
        throw new SyncFailure('unavailable', `The site cannot be reached (${reason}).`);
      }
    }
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        const what = /^\s*</.test(text) ? "an HTML page instead of its API's JSON" : 'something that is not JSON';
        if (res.status < 500) throw new SyncFailure('invalid_response', `The site answered ${res.status} with ${what}.`, { status: res.status });
      }
    }
    if (res.ok) return { status: res.status, body: parsed };
    throw failureOf(res, parsed);
  };
}
