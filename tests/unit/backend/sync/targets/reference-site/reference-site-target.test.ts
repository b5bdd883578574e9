import { describe, expect, it } from 'vitest';
import { createReferenceSiteTarget } from '../../../../../../backend/sync/targets/reference-site/reference-site-target';
import type { SyncFailureKind } from '../../../../../../core/sync/sync-target';
import { failureOf } from '../../../../../support/sync-failure';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const site = (answer: () => Response | Promise<Response>) => createReferenceSiteTarget({ url: 'http://127.0.0.1:1', token: 't'.repeat(30), fetch: async () => answer() });


describe('reference site target: answers to SyncFailure kinds', () => {
  const cases: Array<[string, () => Response | Promise<Response>, SyncFailureKind]> = [
    ['401', () => json(401, { error: { code: 'UNAUTHORIZED', message: 'bad token' } }), 'auth'],
    ['403', () => json(403, { error: { code: 'FORBIDDEN', message: 'no' } }), 'forbidden'],
    ['404', () => json(404, { error: { code: 'NOT_FOUND', message: 'gone' } }), 'not_found'],
    ['409 without the current article', () => json(409, { error: { code: 'CONFLICT', message: 'slug taken' } }), 'rejected'],
    ['429', () => json(429, { error: { code: 'X', message: 'slow down' } }, { 'retry-after': '7' }), 'rate_limited'],
    ['500', () => json(500, { error: { code: 'INTERNAL', message: 'boom' } }), 'unavailable'],
    ['503 HTML', () => new Response('<html>down</html>', { status: 503 }), 'unavailable'],
    ['network error', () => Promise.reject(new TypeError('fetch failed')), 'unavailable'],
    ['200 with a wrong shape', () => json(200, { articles: 'nope' }), 'invalid_response'],
    ['200 that is not JSON', () => new Response('hello', { status: 200 }), 'invalid_response'],
    ['400', () => json(400, { error: { code: 'INVALID_ARGUMENT', message: 'bad' } }), 'rejected'],
  ];
  for (const [name, answer, kind] of cases) {
    it(`${name} -> ${kind}`, async () => {
      const failure = await failureOf(site(answer).pull(null));
      expect(failure.kind).toBe(kind);
      if (kind === 'rate_limited') expect(failure.extra.retryAfterMs).toBe(7000);
    });
  }

  it('a timeout is "unavailable"', async () => {
    const target = createReferenceSiteTarget({
      url: 'http://127.0.0.1:1',
      token: 't'.repeat(30),
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    });
    const failure = await failureOf(target.pull(null));
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toContain('timed out');
  });

  it('sends the token, an Idempotency-Key, and the base revision; fields only, whatever the local status', async () => {
    const seen: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];
    const article = { id: 'abcdef12', rev: 4, bodySchema: 1, status: 'draft', schedule: {}, statusHistory: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', language: 'de', section: '', headline: 'H', teaser: '', author: '', leadImage: { mediaId: null, alt: '', credit: '' }, body: { type: 'doc', content: [] }, tags: [], source: '', slug: 'h', seo: { title: '', description: '' }, noAds: false, adOverrides: [] };
    const target = createReferenceSiteTarget({
      url: 'http://127.0.0.1:1/',
      token: 'tok'.repeat(10),
      fetch: async (url, init) => {
        seen.push({ url: String(url), headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body)) });
        return json(200, { article: { ...article, rev: 5 } });
      },
    });
    const result = await target.push({ article: { ...article, status: 'published', schedule: null } as never, remoteId: 'abcdef12', baseRev: '4', idempotencyKey: 'k1' });
    expect(result).toMatchObject({ remoteId: 'abcdef12', remoteRev: '5', status: 'draft', remote: { remoteRev: '5', status: 'draft', team: { statusHistory: [], deletedAt: null } } });
    // A status change is an action op, never part of a push: one PUT and nothing else.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('http://127.0.0.1:1/api/v1/articles/abcdef12');
    expect(seen[0]!.headers.authorization).toBe(`Bearer ${'tok'.repeat(10)}`);
    expect(seen[0]!.headers['idempotency-key']).toBe('k1:put');
    expect(seen[0]!.body).toMatchObject({ baseRev: 4, fields: { headline: 'H' } });
  });
});
