import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../core/article/article';
import { act, approvedViaApi, createViaApi, describeSite, readyFields, requestStatus } from '../site-test-kit';

describeSite('articles API', (site) => {
  it('creates a draft with a slug from the headline and answers it to signed-in users only', async () => {
    const created = await createViaApi(site, { headline: 'Übernahme im Hafen', tags: ['Hamburg', 'hamburg', 'Wirtschaft'] });
    expect(created).toMatchObject({ status: 'draft', rev: 1, slug: 'uebernahme-im-hafen', tags: ['Hamburg', 'Wirtschaft'] });
    const asEditor = await site.call('GET', `/api/v1/articles/${created.id}`, { token: site.tokens.reviewer });
    expect(asEditor.json().article.headline).toBe('Übernahme im Hafen');
    const anonymous = await site.call('GET', `/api/v1/articles/${created.id}`);
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.json().error.code).toBe('NOT_FOUND');
  });

  it('updates with the current base revision and answers a stale one with 409 and the current version', async () => {
    const a = await createViaApi(site, { headline: 'Erste Fassung' });
    const first = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, body: { baseRev: 1, fields: { headline: 'Zweite Fassung' } } });
    expect(first.statusCode).toBe(200);
    expect(first.json().article.rev).toBe(2);

    const stale = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, body: { baseRev: 1, fields: { headline: 'Überholt' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(stale.json().error.details.current).toMatchObject({ rev: 2, headline: 'Zweite Fassung' });
    const stored = await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.editor });
    expect(stored.json().article.headline).toBe('Zweite Fassung');
  });

  it('replays a retried create with the same Idempotency-Key and creates nothing new', async () => {
    const request = { token: site.tokens.editor, body: { fields: { headline: 'Einmal' } }, headers: { 'idempotency-key': 'create-abc-1' } };
    const first = await site.call('POST', '/api/v1/articles', request);
    const retry = await site.call('POST', '/api/v1/articles', request);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const list = await site.call('GET', '/api/v1/articles', { token: site.tokens.editor });
    expect(list.json().articles).toHaveLength(1);

    const reused = await site.call('POST', '/api/v1/articles', { ...request, body: { fields: { headline: 'Anders' } } });
    expect(reused.statusCode).toBe(400);
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toHaveLength(1);
  });

  it('creates one article when the same request races with itself under one Idempotency-Key', async () => {
    const request = { token: site.tokens.editor, body: { fields: { headline: 'Gleichzeitig' } }, headers: { 'idempotency-key': 'race-1' } };
    const responses = await Promise.all([1, 2, 3, 4].map(() => site.call('POST', '/api/v1/articles', request)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json().article.id)).size).toBe(1);
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toHaveLength(1);
  });

  it('does not store a failed write under its Idempotency-Key, so a retry really retries', async () => {
    const a = await createViaApi(site, { headline: 'Basis' });
    const headers = { 'idempotency-key': 'upd-1' };
    const stale = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, headers, body: { baseRev: 7, fields: { teaser: 'x' } } });
    expect(stale.statusCode).toBe(409);
    const good = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, headers: { 'idempotency-key': 'upd-2' }, body: { baseRev: 1, fields: { teaser: 'x' } } });
    expect(good.statusCode).toBe(200);
  });

  it('refuses a slug that another article uses, keeping the other article intact', async () => {
    await createViaApi(site, { headline: 'A', slug: 'gleich' });
    const clash = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: { headline: 'B', slug: 'gleich' } } });
    expect(clash.statusCode).toBe(409);
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toHaveLength(1);
  });

  it('answers bad requests with typed JSON errors', async () => {
    const noToken = await site.call('POST', '/api/v1/articles', { body: { fields: {} } });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json().error.code).toBe('UNAUTHORIZED');

    const badToken = await site.call('GET', '/api/v1/articles', { token: 'x'.repeat(43) });
    expect(badToken.statusCode).toBe(401);

    const unknownField = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: { colour: 'red' } } });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().error).toMatchObject({ code: 'INVALID_ARGUMENT' });

    const brokenJson = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: '{"fields":', headers: { 'content-type': 'application/json' } });
    expect(brokenJson.statusCode).toBe(400);
    expect(brokenJson.json().error.code).toBe('INVALID_ARGUMENT');

    const huge = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: { teaser: 'x'.repeat(3 * 1024 * 1024) } } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('TOO_LARGE');
    expect((await site.call('GET', '/api/v1/articles', { token: site.tokens.editor })).json().articles).toHaveLength(0);
  });

  it('lets a reviewer read but not change the text', async () => {
    const a = await createViaApi(site, { headline: 'Text' });
    const res = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.reviewer, body: { baseRev: 1, fields: { headline: 'Anders' } } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  describe("status changes follow core's role table", () => {
    it('refuses publishing by a reviewer with 403 and changes nothing', async () => {
      const a = await approvedViaApi(site);
      const before = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.reviewer })).json().article;
      const res = await requestStatus(site, a.id, site.tokens.reviewer, { action: 'publish_now' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      const after = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.reviewer })).json().article;
      expect(after).toEqual(before);
      expect((await site.call('GET', `/api/v1/articles/${a.id}`)).statusCode).toBe(404);
    });

    it('refuses an editor approving their own article with 403', async () => {
      const a = await createViaApi(site, readyFields());
      await act(site, a.id, site.tokens.editor, 'submit');
      const res = await requestStatus(site, a.id, site.tokens.editor, { action: 'approve' });
      expect(res.statusCode).toBe(403);
    });

    it('refuses an action the current status does not allow with 409 and the current article', async () => {
      const a = await createViaApi(site, readyFields());
      const res = await requestStatus(site, a.id, site.tokens.publisher, { action: 'approve' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details.current.status).toBe('draft');
    });

    it('refuses a status change from a stale base revision with 409', async () => {
      const a = await approvedViaApi(site);
      const current = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.publisher })).json().article;
      const res = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.publisher, body: { action: 'publish_now', baseRev: current.rev - 1 } });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details.current.status).toBe('approved');
      // Without a base revision the action is checked against the current status only.
      const unguarded = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.publisher, body: { action: 'publish_now' } });
      expect(unguarded.statusCode).toBe(200);
      expect(unguarded.json().article).toMatchObject({ status: 'published', rev: current.rev + 1 });
      const again = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.publisher, body: { action: 'publish_now' } });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'CONFLICT', message: '"Publish now" is not possible in status "Published".', details: { workflowCode: 'INVALID_TRANSITION', current: { status: 'published' } } });
    });

    it('runs the pre-flight checklist itself: no approval without a teaser', async () => {
      const a = await createViaApi(site, readyFields({ teaser: '' }));
      await act(site, a.id, site.tokens.editor, 'submit');
      const res = await requestStatus(site, a.id, site.tokens.reviewer, { action: 'approve' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details.blocking.map((i: { id: string }) => i.id)).toContain('teaser');
    });

    it('publishes for a publisher, records who did it, and shows it to anonymous readers', async () => {
      const a = await approvedViaApi(site);
      const live = await act(site, a.id, site.tokens.publisher, 'publish_now');
      expect(live.status).toBe('published');
      const anonymous = await site.call('GET', `/api/v1/articles/${a.id}`);
      expect(anonymous.statusCode).toBe(200);
      const history = anonymous.json().article.statusHistory as Array<{ action: string; actor: { name: string } }>;
      expect(history.map((h) => `${h.action}:${h.actor.name}`)).toEqual(['submit:editor-user', 'approve:reviewer-user', 'publish_now:publisher-user']);
      // The app's sync reads these answers with core's schema.
      expect(articleSchema.safeParse(anonymous.json().article).success).toBe(true);
    });

    it('needs a future publish time to schedule', async () => {
      const a = await approvedViaApi(site);
      const none = await requestStatus(site, a.id, site.tokens.publisher, { action: 'schedule' });
      expect(none.statusCode).toBe(400);
      const past = await requestStatus(site, a.id, site.tokens.publisher, { action: 'schedule', schedule: { publishAt: '2026-03-10T09:00:00Z' } });
      expect(past.statusCode).toBe(400);
      const future = await requestStatus(site, a.id, site.tokens.publisher, { action: 'schedule', schedule: { publishAt: '2026-03-10T11:00:00Z' } });
      expect(future.statusCode).toBe(200);
      expect(future.json().article).toMatchObject({ status: 'scheduled', schedule: { publishAt: '2026-03-10T11:00:00.000Z' } });
    });

    it("does not accept the scheduler's own actions from a token", async () => {
      const a = await approvedViaApi(site);
      const res = await requestStatus(site, a.id, site.tokens.publisher, { action: 'auto_publish' });
      expect(res.statusCode).toBe(400);
    });
  });
});
