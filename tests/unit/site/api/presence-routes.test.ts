import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePresenceSchema } from '../../../../core/sync/reference-site-api';
import { createTestDatabase, createViaApi, describeSite, startTestSite, testEngines } from '../site-test-kit';

describeSite('presence', (site) => {
  const say = (id: string, token: string, editing: unknown) => site.call('PUT', `/api/v1/articles/${id}/presence`, { token, body: { editing } });
  const feedPresence = async () => (await site.call('GET', '/api/v1/changes?cursor=0&limit=1', { token: site.tokens.publisher })).json().presence;

  it('keeps someone editing for 60 s after each heartbeat, for everyone to see in the feed', async () => {
    const a = await createViaApi(site, { headline: 'Offen' });
    const res = await say(a.id, site.tokens.editor, true);
    expect(res.statusCode).toBe(200);
    const mine = { articleId: a.id, userId: expect.any(String), name: 'editor-user', until: '2026-03-10T10:01:00.000Z' };
    expect(res.json().presence).toEqual([mine]);
    expect(sitePresenceSchema.parse(res.json().presence[0])).toBeTruthy();
    await say(a.id, site.tokens.reviewer, true);
    expect((await feedPresence()).map((p: { name: string }) => p.name)).toEqual(['editor-user', 'reviewer-user']);

    site.clock.set('2026-03-10T10:00:40Z');
    await say(a.id, site.tokens.editor, true);
    site.clock.set('2026-03-10T10:01:10Z');
    // The reviewer's heartbeat is 70 s old; the editor's renewed one holds until 10:01:40.
    expect(await feedPresence()).toEqual([{ ...mine, until: '2026-03-10T10:01:40.000Z' }]);
    site.clock.set('2026-03-10T10:01:40Z');
    expect(await feedPresence()).toEqual([]);
  });

  it('forgets someone at once on editing:false', async () => {
    const a = await createViaApi(site, { headline: 'Zu' });
    await say(a.id, site.tokens.editor, true);
    await say(a.id, site.tokens.publisher, true);
    const res = await say(a.id, site.tokens.editor, false);
    expect(res.json().presence.map((p: { name: string }) => p.name)).toEqual(['publisher-user']);
    expect((await say(a.id, site.tokens.editor, false)).statusCode).toBe(200);
  });

  it('refuses bad bodies with 400, unknown articles with 404, anonymous callers with 401', async () => {
    const a = await createViaApi(site, { headline: 'Prüfung' });
    for (const body of [{}, { editing: 'yes' }, { editing: true, until: '2099-01-01T00:00:00Z' }]) {
      const res = await site.call('PUT', `/api/v1/articles/${a.id}/presence`, { token: site.tokens.editor, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await say('unbekannt', site.tokens.editor, true)).statusCode).toBe(404);
    expect((await site.call('PUT', `/api/v1/articles/${a.id}/presence`, { body: { editing: true } })).statusCode).toBe(401);
    expect(await feedPresence()).toEqual([]);
  });
});

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`presence across site processes on ${engine}`, () => {
    it('is shared by two sites on one database', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-presence-'));
      const database = await createTestDatabase(engine, dir);
      const first = await startTestSite(engine, { database });
      const second = await startTestSite(engine, { database, tokens: first.tokens });
      try {
        const a = await createViaApi(first, { headline: 'Geteilt' });
        await first.call('PUT', `/api/v1/articles/${a.id}/presence`, { token: first.tokens.editor, body: { editing: true } });
        const seen = (await second.call('GET', '/api/v1/changes', { token: second.tokens.reviewer })).json().presence;
        expect(seen).toEqual([expect.objectContaining({ articleId: a.id, name: 'editor-user' })]);
        await second.call('PUT', `/api/v1/articles/${a.id}/presence`, { token: second.tokens.editor, body: { editing: false } });
        expect((await first.call('GET', '/api/v1/changes', { token: first.tokens.reviewer })).json().presence).toEqual([]);
      } finally {
        await second.close();
        await first.close();
        await database.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
