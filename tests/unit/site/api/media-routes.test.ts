import { expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../../../site/api/media-routes';
import { describeSite, TINY_PNG } from '../site-test-kit';

describeSite('media uploads', (site) => {
  const upload = (body: Buffer, contentType: string, token = site.tokens.editor, headers: Record<string, string> = {}) =>
    site.call('POST', '/api/v1/media', { token, body, headers: { 'content-type': contentType, ...headers } });

  it('stores an image by the type its bytes show, whatever the client claims, and serves it back', async () => {
    const res = await upload(TINY_PNG, 'text/plain');
    expect(res.statusCode).toBe(201);
    const { media } = res.json();
    expect(media).toMatchObject({ mime: 'image/png', bytes: TINY_PNG.length });
    const served = await site.call('GET', media.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload.equals(TINY_PNG)).toBe(true);
  });

  it('refuses bytes that are not an image even when declared as one', async () => {
    const res = await upload(Buffer.from('<script>alert(1)</script>'), 'image/png');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA');
  });

  it('refuses uploads over 10 MB with 413', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    TINY_PNG.copy(big);
    const res = await upload(big, 'application/octet-stream');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('TOO_LARGE');
  });

  it('stores a retried upload once', async () => {
    const headers = { 'idempotency-key': 'img-1' };
    const first = (await upload(TINY_PNG, 'image/png', site.tokens.editor, headers)).json();
    const retry = (await upload(TINY_PNG, 'image/png', site.tokens.editor, headers)).json();
    expect(retry.media.id).toBe(first.media.id);
    const count = await site.db.kysely.selectFrom('site_media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('needs a token of a role that writes', async () => {
    expect((await site.call('POST', '/api/v1/media', { body: TINY_PNG, headers: { 'content-type': 'image/png' } })).statusCode).toBe(401);
    expect((await upload(TINY_PNG, 'image/png', site.tokens.reviewer)).statusCode).toBe(403);
    expect((await site.call('GET', '/media/does-not-exist')).statusCode).toBe(404);
  });
});
