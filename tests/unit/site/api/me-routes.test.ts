import { expect, it } from 'vitest';
import { siteMeAnswerSchema } from '../../../../core/sync/reference-site-api';
import { setUserDisabled } from '../../../../site/auth/user-admin';
import { addUser } from '../../../../site/auth/users';
import { describeSite } from '../site-test-kit';

describeSite('GET /api/v1/me', (site) => {
  it("answers the token's account: id, display name and role, in core's shape", async () => {
    const { user, token } = await addUser(site.db.kysely, 'Anna Müller-Lüdenscheidt', 'reviewer', site.clock.now());
    const res = await site.call('GET', '/api/v1/me', { token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: { id: user.id, name: 'Anna Müller-Lüdenscheidt', role: 'reviewer' } });
    expect(siteMeAnswerSchema.parse(res.json()).user.id).toBe(user.id);
  });

  it('answers 401 with a clear message for a disabled account, everywhere, and again 200 once enabled', async () => {
    const { token } = await addUser(site.db.kysely, 'Ben Weg', 'editor', site.clock.now());
    await setUserDisabled(site.db.kysely, 'Ben Weg', true, site.clock.now());
    for (const [method, url] of [['GET', '/api/v1/me'], ['GET', '/api/v1/articles'], ['GET', '/api/v1/changes'], ['POST', '/api/v1/articles']] as const) {
      const res = await site.call(method, url, { token, ...(method === 'POST' ? { body: { fields: {} } } : {}) });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error).toEqual({ code: 'UNAUTHORIZED', message: 'This account is disabled.' });
    }
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toEqual([]);
    await setUserDisabled(site.db.kysely, 'ben weg', false, site.clock.now());
    expect((await site.call('GET', '/api/v1/me', { token })).statusCode).toBe(200);
  });

  it('needs a token', async () => {
    const res = await site.call('GET', '/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHORIZED');
  });
});
