import type { z } from 'zod';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { wpErrorSchema, wpIndexSchema } from './wp-schemas';

/** Connection settings of one WordPress site. */
export interface WpHttpConfig {
  baseUrl: string;
  user: string;
  appPassword: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
}

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

export interface WpRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Route below /wp-json/, e.g. "/wp/v2/posts/12". */
  route: string;
  query?: Query;
  json?: unknown;
  body?: Uint8Array;
  headers?: Record<string, string>;
}

export interface WpResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

const RETRY_DEFAULT_MS = 30_000;

/** Retry-After as milliseconds (seconds or an HTTP date), or the default. */
export function retryAfterMs(value: string | null, now = Date.now()): number {
  if (!value) return RETRY_DEFAULT_MS;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value.trim()) * 1000, 24 * 3600_000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.min(at - now, 24 * 3600_000)) : RETRY_DEFAULT_MS;
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype|<html|<head|<body|<\?xml|<[a-z][^>]*>)/i.test(text);

function networkFailure(err: unknown, url: string, timeoutMs: number): SyncFailure {
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

/**
 * A small REST client: Basic auth with the application password, a timeout on every request,
 * discovery of the REST root (/wp-json/, then ?rest_route=), zod validation of every answer.
 * Every failure is a SyncFailure.
 */
export class WpHttp {
  private root: { kind: 'pretty'; base: string } | { kind: 'query'; base: string } | null = null;
  private discovering: Promise<void> | null = null;
  private readonly auth: string;
  private readonly origin: string;
  /** Requests sent so far (push uses it to see whether time passed between its check and its write). */
  requestCount = 0;

  constructor(private readonly cfg: WpHttpConfig) {
    this.origin = cfg.baseUrl.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${cfg.user}:${cfg.appPassword.replace(/\s+/g, '')}`, 'utf8').toString('base64')}`;
  }

  /** The REST root URL in use (after discovery). */
  get restRoot(): string | null {
    return this.root ? (this.root.kind === 'pretty' ? this.root.base : `${this.root.base}?rest_route=/`) : null;
  }

  private url(route: string, query: Query = {}): string {
    if (!this.root) throw new Error('REST root not discovered');
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined) continue;
      params.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
    const qs = params.toString();
    if (this.root.kind === 'pretty') return `${this.root.base}${route.replace(/^\//, '')}${qs ? `?${qs}` : ''}`;
    return `${this.root.base}?rest_route=${encodeURIComponent(route).replace(/%2F/g, '/')}${qs ? `&${qs}` : ''}`;
  }

  private async raw(url: string, init: RequestInit, route: string): Promise<{ res: Response; text: string }> {
    let res: Response;
    let text: string;
    this.requestCount++;
    try {
      res = await this.cfg.fetch(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(this.cfg.timeoutMs) });
      text = await res.text();
    } catch (err) {
      throw networkFailure(err, url, this.cfg.timeoutMs);
    }
    if (!res.ok) throw failureFor(res.status, text, res.headers.get('content-type') ?? '', res.headers, route);
    return { res, text };
  }

  /** Finds the REST root once: GET /wp-json/, then /?rest_route=/ when pretty URLs are off. */
  async discover(): Promise<void> {
    if (this.root) return;
    this.discovering ??= (async () => {
      const tries: Array<{ kind: 'pretty' | 'query'; base: string; probe: string }> = [
        { kind: 'pretty', base: `${this.origin}/wp-json/`, probe: `${this.origin}/wp-json/` },
        { kind: 'query', base: `${this.origin}/`, probe: `${this.origin}/?rest_route=/` },
      ];
      let last: SyncFailure | null = null;
      for (const t of tries) {
        try {
          const { text } = await this.raw(t.probe, { headers: { Accept: 'application/json' } }, '/');
          const parsed = wpIndexSchema.safeParse(safeJson(text));
          if (!parsed.success) {
            last = new SyncFailure('invalid_response', looksLikeHtml(text) ? `${t.probe} answers with an HTML page, not the REST API: a plugin or the server blocks it` : `${t.probe} is not a WordPress REST API index`);
            continue;
          }
          if (!parsed.data.namespaces.includes('wp/v2')) {
            last = new SyncFailure('invalid_response', 'REST API missing: the site has no wp/v2 namespace (disabled by a plugin?)');
            continue;
          }
          this.root = { kind: t.kind, base: t.base };
          return;
        } catch (err) {
          if (!(err instanceof SyncFailure)) throw err;
          if (err.kind === 'unavailable' || err.kind === 'rate_limited' || err.kind === 'auth') throw err;
          last = err;
        }
      }
      throw last ?? new SyncFailure('invalid_response', 'REST API missing');
    })().finally(() => {
      this.discovering = null;
    });
    return this.discovering;
  }

  /** One request; the JSON answer validated with `schema`. */
  async request<T>(req: WpRequest, schema: z.ZodType<T>): Promise<WpResponse<T>> {
    await this.discover();
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: this.auth, 'User-Agent': 'Copydesk', ...req.headers };
    let body: BodyInit | undefined;
    if (req.json !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(req.json);
    } else if (req.body) body = req.body as unknown as BodyInit;
    const { res, text } = await this.raw(this.url(req.route, req.query), { method: req.method ?? 'GET', headers, body }, req.route);
    const json = safeJson(text);
    if (json === undefined) {
      throw new SyncFailure('invalid_response', looksLikeHtml(text) ? `WordPress answered ${req.route} with an HTML page instead of JSON: a plugin or the server blocks the REST API` : `WordPress answered ${req.route} with something that is not JSON`, { status: res.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new SyncFailure('invalid_response', `WordPress answered ${req.route} with an unexpected shape: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { status: res.status });
    }
    return { data: parsed.data, headers: res.headers, status: res.status };
  }
}

function safeJson(text: string): unknown {
  // Some plugins print a BOM or notices before the JSON; a leading BOM is harmless, the rest is not.
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
