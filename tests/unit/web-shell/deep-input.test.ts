import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../../core/contract/dispatch';
import type { Backend } from '../../../backend/backend-types';
import { createWebShellServer } from '../../../web-shell/server';

const port = 5998;
const host = `127.0.0.1:${port}`;
const TOKEN = 'Dp4-x8Qm2Lr7Tz5Vw9Ks3Hb6Nf1Gj0Yc_u';
let ran = 0;
// Every handler counts: input refused at the contract must never reach one.
const handlers = new Proxy({}, { get: () => async () => void ran++ }) as Handlers;
const backend: Backend = { dispatch: createDispatcher(handlers), mediaFile: async () => null, close: async () => {} };
let app: ReturnType<typeof createWebShellServer>;

beforeAll(async () => {
  app = createWebShellServer({ backend, token: TOKEN, port, staticDir: '/nonexistent' });
  await app.ready();
});
afterAll(() => app.close());

/** An articles.save whose body nests `depth` levels of paragraphs, as JSON text (built without recursion). */
function deepSave(depth: number): string {
  const open = '{"type":"paragraph","content":['.repeat(depth);
  const close = ']}'.repeat(depth);
  return `{"id":"a1b2c3d4-0001","baseRev":1,"changes":{"body":{"type":"doc","content":[${open}${close}]}}}`;
}

const post = (depth: number) =>
  app.inject({ method: 'POST', url: '/api/articles.save', headers: { host, 'x-copydesk-token': TOKEN, 'content-type': 'application/json' }, payload: deepSave(depth) });

describe('the web shell and deeply nested input', () => {
  it('takes a body 10 levels deep (the body schema allows 12)', async () => {
    const res = await post(10);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true });
  });

  it.each([1_000, 100_000, 1_000_000])('answers a body %i levels deep with INVALID_ARGUMENT, never 500, without running a handler', async (depth) => {
    const before = ran;
    const started = Date.now();
    const res = await post(depth);
    expect(res.statusCode).not.toBe(500);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(ran).toBe(before);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
