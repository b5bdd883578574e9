import type { z } from 'zod';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { wpErrorSchema } from './wp-schemas';

/**
 * What a failed WordPress request means for the sync engine: the network failures and the
 * non-2xx answers as SyncFailures of the kind the engine acts on, with the likely cause named.
 */

const RETRY_DEFAULT_MS = 30_000;

/** Retry-After as milliseconds (seconds or an HTTP date), or the default. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return RETRY_DEFAULT_MS;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()) * 1000, 24 * 3600_000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.min(at - now, 24 * 3600_000)) : RETRY_DEFAULT_MS;
}

/** Whether an answer is an HTML page (a firewall, plugin or proxy answering instead of the REST API). */
export const looksLikeHtml = (text: string) => /^\s*(<!doctype|<html|<head|<body|<\?xml|<[a-z][^>]*>)/i.test(text);

export function networkFailure(err: unknown, url: string, timeoutMs: number): SyncFailure {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new SyncFailure('unavailable', `WordPress did not answer within ${Math.round(timeoutMs / 1000)} s (${url})`);
  }
  const code = e?.cause?.code ?? '';
  const why =
    code === 'ECONNREFUSED' ? 'the site refuses connections (down?)'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the host name does not resolve'
    : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'the connection was reset'
    : e?.cause?.message ?? e?.message ?? 'network error';
  return new SyncFailure('unavailable', `Cannot reach WordPress: ${why}${code ? ` (${code})` : ''}`);
}

/** Turns a non-2xx answer into the SyncFailure kind the sync engine acts on. */
export function failureFor(status: number, text: string, contentType: string, headers: Headers, route: string): SyncFailure {
  if (status === 429) return new SyncFailure('rate_limited', 'WordPress (or a proxy in front of it) limits the request rate', { status, retryAfterMs: retryAfterMs(headers.get('retry-after')) });
  let wpError: z.infer<typeof wpErrorSchema> | null = null;
  if (contentType.includes('json') || text.trimStart().startsWith('{')) {
    try {
      const parsed = wpErrorSchema.safeParse(JSON.parse(text));
      if (parsed.success) wpError = parsed.data;
    } catch {
      /* not JSON after all */
    }
  }
  const msg = wpError ? `${wpError.code}: ${wpError.message ?? ''}`.trim() : `HTTP ${status}`;
  if (status >= 500) {
    const extra: { status: number; retryAfterMs?: number } = { status };
    if (headers.get('retry-after')) extra.retryAfterMs = retryAfterMs(headers.get('retry-after'));
    return new SyncFailure('unavailable', `WordPress failed with ${msg}`, extra);
  }
  if (!wpError && looksLikeHtml(text)) {
    return new SyncFailure('invalid_response', `WordPress answered ${route} with an HTML page (HTTP ${status}) instead of JSON: a security plugin, firewall or the server configuration blocks the REST API`, { status });
  }
  if (status === 401) {
    const hint =
      wpError?.code === 'incorrect_password' || wpError?.code === 'invalid_username'
        ? 'wrong user name or application password'
        : wpError?.code === 'application_passwords_disabled'
          ? 'application passwords are switched off on this site'
          : // WordPress 6.1 answers a wrong application password with rest_not_logged_in, like no login at all.
            'wrong user name or application password, a revoked application password, or the site ignores application passwords (they need HTTPS; a plugin may disable them)';
    return new SyncFailure('auth', `WordPress login failed: ${hint} (${msg})`, { status });
  }
  if (status === 403) {
    if (wpError?.code === 'incorrect_password' || wpError?.code === 'invalid_username') return new SyncFailure('auth', `WordPress login failed: wrong user name or application password (${msg})`, { status });
    return new SyncFailure('forbidden', `The WordPress account may not do this (${msg})`, { status });
  }
  if (status === 404) {
    if (wpError?.code === 'rest_no_route') return new SyncFailure('invalid_response', `REST API missing: WordPress has no route ${route} (${msg})`, { status });
    if (!wpError) return new SyncFailure('invalid_response', `REST API missing: HTTP 404 for ${route}`, { status });
    return new SyncFailure('not_found', `WordPress: ${msg}`, { status });
  }
  return new SyncFailure('rejected', `WordPress refused the data: ${msg}`, { status });
}
