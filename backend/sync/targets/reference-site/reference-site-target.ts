import type { z } from 'zod';
import type { Article } from '../../../../core/article/article';
import { editorFieldsOf } from '../../../../core/article/fields';
import {
  siteApiArticleSchema,
  siteArticleAnswerSchema,
  siteChangesAnswerSchema,
  siteErrorSchema,
  siteMeAnswerSchema,
  siteMediaAnswerSchema,
  type SiteApiArticle,
} from '../../../../core/sync/reference-site-api';
import { statusPath } from '../../../../core/sync/status-path';
import { PUBLISH_TIME_PASSED } from '../../../../core/workflow/transition';
import { SyncFailure, type ChangesPage, type RemoteArticle, type SyncTarget } from '../../../../core/sync/sync-target';
import type { Role } from '../../../../core/workflow/index';

export interface ReferenceSiteOptions {
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


export function toRemote(article: SiteApiArticle): RemoteArticle {
  return {
    remoteId: article.id,
    remoteRev: String(article.rev),
    fields: editorFieldsOf(article),
    status: article.status,
    schedule: Object.keys(article.schedule).length ? article.schedule : null,
    updatedAt: article.updatedAt,
  };
}

const sameSchedule = (a: Article['schedule'], b: Article['schedule']) =>
  JSON.stringify(a && Object.keys(a).length ? a : null) === JSON.stringify(b && Object.keys(b).length ? b : null);

/** The sync target over the reference site's HTTP API /api/v1 (see site/README.md). */
export function createReferenceSiteTarget(options: ReferenceSiteOptions): SyncTarget & { role(): Promise<Role> } {
  const origin = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let cachedRole: { token: string; role: Role; name: string } | null = null;

  const token = async () => (typeof options.token === 'string' ? options.token : options.token());

  async function request(method: string, path: string, init: { json?: unknown; bytes?: Uint8Array; idempotencyKey?: string; query?: Record<string, string> } = {}): Promise<{ status: number; body: unknown }> {
    const url = new URL(`${origin}/api/v1${path}`);
    for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { authorization: `Bearer ${await token()}`, accept: 'application/json' };
    if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
    let body: string | Uint8Array | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.bytes) {
      headers['content-type'] = 'application/octet-stream';
      body = init.bytes;
    }
    options.onRequest?.(method, path);
    let res: Response | null = null;
    let text = '';
    // A pooled keep-alive connection the server already closed fails at once; one immediate
    // retry is safe because every write carries its Idempotency-Key.
    for (let attempt = 0; !res; attempt++) {
      try {
        res = await doFetch(url, { method, headers, body: body as BodyInit | undefined, signal: AbortSignal.timeout(timeoutMs) });
        text = await res.text();
      } catch (err) {
        res = null;
        const timedOut = err instanceof Error && err.name === 'TimeoutError';
        if (attempt === 0 && !timedOut) continue;
        const reason = err instanceof Error ? (timedOut ? 'timed out' : ((err.cause as Error | undefined)?.message ?? err.message)) : String(err);
        throw new SyncFailure('unavailable', `The site cannot be reached (${reason}).`);
      }
    }
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (res.status < 500) throw new SyncFailure('invalid_response', `The site answered ${res.status} with something that is not JSON.`, { status: res.status });
      }
    }
    if (res.ok) return { status: res.status, body: parsed };
    const error = siteErrorSchema.safeParse(parsed);
    const message = error.success ? error.data.error.message : `HTTP ${res.status}`;
    const extra = { status: res.status };
    if (res.status === 401) throw new SyncFailure('auth', message, extra);
    if (res.status === 403) throw new SyncFailure('forbidden', message, extra);
    if (res.status === 404) throw new SyncFailure('not_found', message, extra);
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after'));
      throw new SyncFailure('rate_limited', message, { ...extra, retryAfterMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5000 });
    }
    if (res.status === 409) {
      const details = error.success ? (error.data.error.details as { current?: unknown } | undefined) : undefined;
      const current = siteApiArticleSchema.safeParse(details?.current);
      if (current.success) throw new SyncFailure('conflict', message, { ...extra, current: toRemote(current.data) });
      throw new SyncFailure('rejected', message, extra);
    }
    if (res.status >= 500) throw new SyncFailure('unavailable', `The site failed (${res.status}): ${message}`, extra);
    throw new SyncFailure('rejected', message, extra);
  }

  function parse<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
    const checked = schema.safeParse(body);
    if (!checked.success) throw new SyncFailure('invalid_response', `The site's answer to ${what} is not what its API promises.`);
    return checked.data;
  }

  async function role(): Promise<Role> {
    return (await whoAmI()).role;
  }

  /** GET /me when the site has it; otherwise the role from two requests that write nothing. */
  async function whoAmI(): Promise<{ name: string; role: Role }> {
    const current = await token();
    if (cachedRole?.token === current) return cachedRole;
    let found: { name: string; role: Role };
    try {
      found = parse(siteMeAnswerSchema, (await request('GET', '/me')).body, 'GET /me').user;
    } catch (err) {
      if (!(err instanceof SyncFailure) || err.kind !== 'not_found') throw err;
      await request('GET', '/changes', { query: { limit: '1' } }); // 401 for a wrong token
      // A publisher may change ad slots (an invalid body answers 400, others 403); an editor may
      // upload media (an empty body answers 400, a reviewer 403). Neither request stores anything.
      const allowed = async (method: string, path: string, init: Parameters<typeof request>[2]) => {
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
      found = { name: r, role: r };
    }
    cachedRole = { token: current, ...found };
    return found;
  }

  /** Moves the remote status toward the article's (fields are already pushed). */
  async function driveStatus(article: Article, remote: SiteApiArticle, key: string): Promise<SiteApiArticle> {
    const wantsScheduleAgain = article.status === 'scheduled' && remote.status === 'scheduled' && !sameSchedule(article.schedule, remote.schedule);
    if (article.status === remote.status && !wantsScheduleAgain) return remote;
    const path = wantsScheduleAgain ? ['schedule' as const] : statusPath(remote.status, article.status, await role());
    if (!path) {
      throw new SyncFailure('forbidden', `Your role on the site cannot move the article from "${remote.status}" to "${article.status}".`, { current: toRemote(remote) });
    }
    let current = remote;
    for (let action of path) {
      const schedule = (action === 'schedule' || action === 'publish_now') && article.schedule && Object.keys(article.schedule).length ? article.schedule : undefined;
      try {
        const send = async () =>
          request('POST', `/articles/${encodeURIComponent(current.id)}/status`, {
            json: { action, baseRev: current.rev, ...(schedule ? { schedule } : {}) },
            idempotencyKey: `${key}:s${current.rev}:${action}`,
          });
        let answer;
        try {
          answer = await send();
        } catch (err) {
          // The time passed while the change was on its way (offline, queued): the release is
          // due, so publish now, as the app's own scheduler would on catching up.
          if (action !== 'schedule' || !(err instanceof SyncFailure) || !err.message.includes(PUBLISH_TIME_PASSED.en)) throw err;
          action = 'publish_now';
          answer = await send();
        }
        current = parse(siteArticleAnswerSchema, answer.body, 'a status change').article;
      } catch (err) {
        // A refused step (checklist, role) after the fields went through: report it with the remote state.
        if (err instanceof SyncFailure && !err.extra.current) throw new SyncFailure(err.kind, err.message, { ...err.extra, current: toRemote(current) });
        if (err instanceof SyncFailure && err.kind === 'conflict' && err.extra.current?.remoteRev === String(current.rev)) {
          throw new SyncFailure('rejected', err.message, { ...err.extra });
        }
        throw err;
      }
    }
    return current;
  }

  return {
    kind: 'reference-site',
    whoAmI,
    role,

    async push({ article, remoteId, baseRev, idempotencyKey }) {
      const fields = editorFieldsOf(article);
      let stored: SiteApiArticle;
      if (remoteId === null) {
        const answer = await request('POST', '/articles', { json: { id: article.id, fields }, idempotencyKey: `${idempotencyKey}:create` });
        stored = parse(siteArticleAnswerSchema, answer.body, 'creating an article').article;
      } else {
        const answer = await request('PUT', `/articles/${encodeURIComponent(remoteId)}`, {
          json: { baseRev: Number(baseRev), fields },
          idempotencyKey: `${idempotencyKey}:put`,
        });
        stored = parse(siteArticleAnswerSchema, answer.body, 'updating an article').article;
      }
      const final = await driveStatus(article, stored, idempotencyKey);
      return { remoteId: final.id, remoteRev: String(final.rev), status: final.status };
    },

    async fetch(remoteId) {
      try {
        const answer = await request('GET', `/articles/${encodeURIComponent(remoteId)}`);
        return toRemote(parse(siteArticleAnswerSchema, answer.body, 'reading an article').article);
      } catch (err) {
        if (err instanceof SyncFailure && err.kind === 'not_found') return null;
        throw err;
      }
    },

    async pull(cursor): Promise<ChangesPage> {
      const answer = await request('GET', '/changes', { query: { cursor: cursor ?? '0', limit: '200' } });
      const page = parse(siteChangesAnswerSchema, answer.body, 'the changes feed');
      return { changes: page.articles.map(toRemote), cursor: String(page.cursor), more: page.more };
    },

    async uploadMedia({ bytes }) {
      const answer = await request('POST', '/media', { bytes });
      const { media } = parse(siteMediaAnswerSchema, answer.body, 'an upload');
      return { remoteMediaId: media.id, url: new URL(media.url, origin).toString() };
    },
  };
}
