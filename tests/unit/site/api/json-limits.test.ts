import { expect, it } from 'vitest';
import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../../../core/contract/json-limits';
import { MAX_BODY_DEPTH } from '../../../../core/article/body-schema';
import { JSON_BODY_LIMIT } from '../../../../site/api/json-body';
import { createViaApi, describeSite, readyFields, type TestSite } from '../site-test-kit';

/** Body nodes `levels` JSON levels deep (each node is two: the node and its content array), around a paragraph. */
const nested = (levels: number, type: string) => `{"type":"${type}","content":[`.repeat(levels / 2) + '{"type":"paragraph"}' + ']}'.repeat(levels / 2);
/** What answered 500 before the limits: 1,000 levels of doc nodes overflow zod's recursive walk. */
const bodyNested = (levels: number) => nested(levels, 'doc');

/** Every route that takes a JSON body, the deep value where its schema would walk into it, and a token that passes. */
function jsonRoutes(site: TestSite, id: string): Array<{ method: 'POST' | 'PUT'; url: string; token: string; body: (deep: string) => string }> {
  const { editor, publisher } = site.tokens;
  return [
    { method: 'POST', url: '/api/v1/articles', token: editor, body: (deep) => `{"fields":{"headline":"Tief","body":${deep}}}` },
    { method: 'PUT', url: `/api/v1/articles/${id}`, token: editor, body: (deep) => `{"baseRev":1,"fields":{"body":${deep}}}` },
    { method: 'POST', url: `/api/v1/articles/${id}/status`, token: publisher, body: (deep) => `{"baseRev":1,"action":"submit","schedule":${deep}}` },
    { method: 'PUT', url: '/api/v1/ads/slots/tief', token: publisher, body: (deep) => `{"id":"tief","position":${deep}}` },
    { method: 'PUT', url: '/api/v1/ads/campaigns/tief', token: publisher, body: (deep) => `{"id":"tief","creative":${deep}}` },
  ];
}

async function post(site: TestSite, route: ReturnType<typeof jsonRoutes>[number], payload: string) {
  const started = performance.now();
  const res = await site.call(route.method, route.url, { token: route.token, body: payload });
  const json = res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : null;
  return { route: `${route.method} ${route.url}`, status: res.statusCode, code: json?.error?.code, message: String(json?.error?.message ?? ''), ms: performance.now() - started };
}

describeSite('JSON depth and size limits', (site) => {
  it('answers bodies 10 levels deep on every JSON route by their schema, never with 500', async () => {
    const { id } = await createViaApi(site, { headline: 'Ziel' });
    for (const route of jsonRoutes(site, id)) {
      const res = await post(site, route, route.body(bodyNested(10)));
      expect(res.status, res.route).toBeLessThan(500);
      expect(res.message, res.route).not.toMatch(/nests deeper/);
    }
  });

  it('still takes an honest body as deep as the body schema allows', async () => {
    const deepest = JSON.parse(`{"type":"doc","content":[${nested((MAX_BODY_DEPTH - 1) * 2, 'blockquote')}]}`);
    const res = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: readyFields({ body: deepest }) } });
    expect(res.statusCode).toBe(201);
  });

  it('refuses bodies 1,000 and 100,000 levels deep on every JSON route with 400 INVALID_ARGUMENT before any schema walks them', async () => {
    const { id } = await createViaApi(site, { headline: 'Ziel' });
    // 1,000 levels overflow zod's walk when the stack is already deep (500 at the site); 100,000 levels (1.3 MB) always do.
    for (const levels of [1000, 100_000]) {
      for (const route of jsonRoutes(site, id)) {
        const res = await post(site, route, route.body(bodyNested(levels)));
        expect(res, `${res.route} ${levels}`).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', message: `The request nests deeper than ${MAX_JSON_DEPTH} levels.` });
        expect(res.ms, `${res.route} ${levels}`).toBeLessThan(2000);
      }
    }
  });

  it('refuses 1,000,000 levels fast: 400 within the size limit, 413 beyond it, always the JSON error body', async () => {
    const [create] = jsonRoutes(site, 'x');
    const arrays = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(arrays.length).toBeLessThanOrEqual(JSON_BODY_LIMIT);
    const objects = '{"c":['.repeat(1_000_000) + ']}'.repeat(1_000_000);
    const unclosed = '['.repeat(1_000_000);
    const wide = `[${'0,'.repeat(JSON_BODY_LIMIT / 2 - 100)}0]`;
    expect(JSON.parse(wide).length).toBeGreaterThan(MAX_JSON_VALUES);

    const [deep, tooLarge, broken, tooMany] = [await post(site, create!, arrays), await post(site, create!, objects), await post(site, create!, unclosed), await post(site, create!, wide)];
    expect(deep).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', message: `The request nests deeper than ${MAX_JSON_DEPTH} levels.` });
    expect(tooLarge).toMatchObject({ status: 413, code: 'TOO_LARGE' });
    expect(broken).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT' });
    expect(tooMany).toMatchObject({ status: 400, code: 'INVALID_ARGUMENT', message: `The request carries more than ${MAX_JSON_VALUES} values.` });
    for (const res of [deep, tooLarge, broken, tooMany]) expect(res.ms).toBeLessThan(5000);
  });
});
