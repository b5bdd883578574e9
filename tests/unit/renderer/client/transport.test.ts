// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { httpTransport, takeWebToken } from '../../../../renderer/src/client/transport';

describe('web token', () => {
  it('takes the token from the address once and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1');
    expect(takeWebToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(takeWebToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });
});

describe('http transport', () => {
  it('sends the token header and returns the Result', async () => {
    let seen: RequestInit | undefined;
    const transport = httpTransport('tok', async (_url, init) => {
      seen = init;
      return new Response(JSON.stringify({ ok: true, value: 1 }));
    });
    expect(await transport('articles.list', {})).toEqual({ ok: true, value: 1 });
    expect((seen?.headers as Record<string, string>)['x-copydesk-token']).toBe('tok');
  });

  it('turns a network failure or a garbage answer into UNAVAILABLE, never a throw', async () => {
    const down = httpTransport('tok', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await down('articles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const garbage = httpTransport('tok', async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }));
    expect(await garbage('articles.list', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
