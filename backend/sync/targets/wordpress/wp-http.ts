import type { z } from 'zod';
import { SyncFailure } from '../../../../core/sync/sync-target';
import { AnswerTooLarge, discardBody, readBounded, redirectTarget } from '../bounded-fetch';
import { failureFor, looksLikeHtml, networkFailure } from './wp-failures';
import { wpIndexSchema } from './wp-schemas';

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

export { failureFor, retryAfterMs } from './wp-failures';

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
    // The timeout covers reading the body; redirects are refused, never followed (the
    // Authorization header must not travel to whatever host a redirect names).
    const signal = AbortSignal.timeout(this.cfg.timeoutMs);
    try {
      res = await this.cfg.fetch(url, { ...init, redirect: 'manual', signal });
    } catch (err) {
      throw networkFailure(err, url, this.cfg.timeoutMs);
    }
    const redirectedTo = redirectTarget(res, url);
    if (redirectedTo !== null) {
      discardBody(res);
      throw new SyncFailure('invalid_response', `WordPress redirected ${route} to ${redirectedTo} (HTTP ${res.status}); Copydesk does not follow redirects, so the password stays with the site. If that is the site's address (https, www), use it as the site URL.`, { status: res.status });
    }
    try {
      text = await readBounded(res, signal);
    } catch (err) {
      if (err instanceof AnswerTooLarge) throw new SyncFailure('invalid_response', `WordPress's answer to ${route} was refused: ${err.message}`, { status: res.status });
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
