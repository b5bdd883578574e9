// The adapter (backend/sync/targets/wordpress/wordpress-target.ts) against a scripted fetch: error
// mapping and pull paging. The real-WordPress tests are in tests/integration/wordpress/.
import { describe, expect, it } from 'vitest';
import { createWordPressTarget } from '../../../../../../backend/sync/targets/wordpress/wordpress-target';
import { retryAfterMs } from '../../../../../../backend/sync/targets/wordpress/wp-http';
import { wpArticle } from './fixtures';
import { failureOf } from '../../../../../support/sync-failure';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const INDEX = { name: 'Site', namespaces: ['oembed/1.0', 'wp/v2'] };

/** A fetch that serves the REST index and hands everything else to `route`. */
function fakeFetch(route: (url: URL, init: RequestInit | undefined) => Response | Promise<Response>): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    if (url.pathname === '/wp-json/' || url.pathname === '/wp-json') return json(INDEX);
    return route(url, init);
  };
}

const make = (route: Parameters<typeof fakeFetch>[0], options = {}) =>
  createWordPressTarget({ baseUrl: 'http://127.0.0.1:9', user: 'u', appPassword: 'p', fetch: fakeFetch(route), options: { timeoutMs: 300, ...options } });


describe('WordPress target: error mapping', () => {
  it.each([
    ['401 incorrect_password', () => json({ code: 'incorrect_password', message: 'x', data: { status: 401 } }, 401), 'auth'],
    ['401 rest_not_logged_in', () => json({ code: 'rest_not_logged_in', message: 'x' }, 401), 'auth'],
    ['403 rest_cannot_create', () => json({ code: 'rest_cannot_create', message: 'x' }, 403), 'forbidden'],
    ['404 rest_no_route', () => json({ code: 'rest_no_route', message: 'No route' }, 404), 'invalid_response'],
    ['200 HTML', () => new Response('<!DOCTYPE html><html><body>blocked</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'invalid_response'],
    ['403 HTML', () => new Response('<html><body>Forbidden by WAF</body></html>', { status: 403 }), 'invalid_response'],
    ['200 wrong shape', () => json({ id: 'nope' }), 'invalid_response'],
    ['429', () => json({ code: 'too_many' }, 429, { 'retry-after': '12' }), 'rate_limited'],
    ['503', () => new Response('busy', { status: 503 }), 'unavailable'],
    ['400 rest_invalid_param', () => json({ code: 'rest_invalid_param', message: 'bad' }, 400), 'rejected'],
  ] as const)('%s -> %s', async (_name, answer, kind) => {
    const failure = await failureOf(make(() => answer()).whoAmI());
    expect(failure.kind).toBe(kind);
  });

  it('429 carries Retry-After', async () => {
    const failure = await failureOf(make(() => json({ code: 'x' }, 429, { 'retry-after': '12' })).whoAmI());
    expect(failure.extra.retryAfterMs).toBe(12_000);
    expect(failure.retryable).toBe(true);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 0)).toBe(10_000);
    expect(retryAfterMs(null)).toBe(30_000);
  });

  it('names the cause: REST API missing, plugin blocking', async () => {
    expect((await failureOf(make(() => json({ code: 'rest_no_route', message: 'x' }, 404)).whoAmI())).message).toMatch(/REST API missing/);
    expect((await failureOf(make(() => new Response('<html></html>', { status: 200 })).whoAmI())).message).toMatch(/plugin/);
  });

  it('connection refused -> unavailable', async () => {
    const t = createWordPressTarget({
      baseUrl: 'http://127.0.0.1:9',
      user: 'u',
      appPassword: 'p',
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      },
    });
    const failure = await failureOf(t.whoAmI());
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toMatch(/ECONNREFUSED/);
  });

  it('a hanging request times out -> unavailable', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const t = createWordPressTarget({ baseUrl: 'http://127.0.0.1:9', user: 'u', appPassword: 'p', fetch: hang, options: { timeoutMs: 50 } });
    const failure = await failureOf(t.whoAmI());
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toMatch(/did not answer/);
  });

  it('falls back to ?rest_route= and no wp/v2 means REST API missing', async () => {
    const seen: string[] = [];
    const t = createWordPressTarget({
      baseUrl: 'http://127.0.0.1:9/',
      user: 'u',
      appPassword: 'p',
      fetch: async (input) => {
        const url = String(input);
        seen.push(url);
        if (url.includes('/wp-json/')) return new Response('<html>404</html>', { status: 404 });
        if (url.endsWith('?rest_route=/')) return json(INDEX);
        return json({ id: 1, name: 'Ed', roles: ['editor'] });
      },
    });
    expect(await t.whoAmI()).toEqual({ name: 'Ed', role: 'publisher' });
    expect(seen.at(-1)).toBe('http://127.0.0.1:9/?rest_route=/wp/v2/users/me&context=edit');
    const none = createWordPressTarget({ baseUrl: 'http://127.0.0.1:9', user: 'u', appPassword: 'p', fetch: async () => json({ namespaces: ['oembed/1.0'] }) });
    expect((await failureOf(none.whoAmI())).message).toMatch(/REST API missing/);
  });

  it('a subscriber may not write posts', async () => {
    const failure = await failureOf(make(() => json({ id: 3, name: 'Sub', roles: ['subscriber'] })).whoAmI());
    expect(failure.kind).toBe('forbidden');
  });

  it('an auth failure on push happens before anything is written', async () => {
    const methods: string[] = [];
    const t = make((url, init) => {
      methods.push(`${init?.method ?? 'GET'} ${url.pathname}`);
      return json({ code: 'rest_not_logged_in', message: 'x' }, 401);
    });
    expect((await failureOf(t.push({ article: wpArticle(), remoteId: null, baseRev: null, idempotencyKey: 'k' }))).kind).toBe('auth');
    expect(methods).toEqual(['GET /wp-json/wp/v2/users/me']);
  });
});

/** A scripted WordPress post list with WordPress's paging semantics (modified_after is exclusive). */
function fakeWpPosts(posts: Array<{ id: number; modified_gmt: string; title: string }>) {
  return make((url) => {
    if (url.pathname.endsWith('/users/me')) return json({ id: 1 });
    if (!url.pathname.endsWith('/wp/v2/posts')) return json([]);
    const after = url.searchParams.get('modified_after');
    const perPage = Number(url.searchParams.get('per_page'));
    const page = Number(url.searchParams.get('page'));
    const list = posts
      .filter((p) => !after || Date.parse(`${p.modified_gmt}Z`) > Date.parse(after))
      .sort((a, b) => a.modified_gmt.localeCompare(b.modified_gmt) || a.id - b.id)
      .slice((page - 1) * perPage, page * perPage)
      .map((p) => ({ id: p.id, modified_gmt: p.modified_gmt, date_gmt: p.modified_gmt, slug: `p${p.id}`, status: 'publish', title: { raw: p.title }, content: { raw: '<p>x</p>' }, excerpt: { raw: '' }, tags: [], categories: [] }));
    return json(list, 200, { 'x-wp-totalpages': '1' });
  }, { pullPageSize: 5 });
}

describe('WordPress target: pull', () => {
  it('pages through everything, including many posts changed in the same second, and then sees new changes', async () => {
    const posts = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, modified_gmt: i < 12 ? '2026-11-29T10:00:00' : `2026-11-29T10:00:${String(i).padStart(2, '0')}`, title: `p${i + 1}` }));
    const t = fakeWpPosts(posts);
    const got = new Set<string>();
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page = await t.pull(cursor);
      page.changes.forEach((c) => got.add(c.remoteId));
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(got.size).toBe(23);
    expect((await t.pull(cursor)).changes).toEqual([]);

    // Changed in the same second as the cursor, and later: both come back once.
    const last = posts[22];
    if (last) last.title = 'geändert';
    posts.push({ id: 99, modified_gmt: '2026-11-29T10:05:00', title: 'neu' });
    const page = await t.pull(cursor);
    expect(page.changes.map((c) => [c.remoteId, c.fields.headline])).toEqual([['23', 'geändert'], ['99', 'neu']]);
    expect((await t.pull(page.cursor)).changes).toEqual([]);
  });

  it('after paging through a bulk edit that is the latest change, still sees the next change', async () => {
    const posts = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, modified_gmt: '2026-11-29T10:00:00', title: `p${i + 1}` }));
    const t = fakeWpPosts(posts);
    const got: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page = await t.pull(cursor);
      got.push(...page.changes.map((c) => c.remoteId));
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(new Set(got).size).toBe(12);
    posts.push({ id: 50, modified_gmt: '2026-11-29T10:00:07', title: 'neu' });
    expect((await t.pull(cursor)).changes.map((c) => c.remoteId)).toEqual(['50']);
  });

  it('rejects a cursor that is not its own', async () => {
    expect((await failureOf(fakeWpPosts([]).pull('{"rev":3}'))).kind).toBe('rejected');
  });
});
