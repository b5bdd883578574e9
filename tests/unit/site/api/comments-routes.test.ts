import { expect, it } from 'vitest';
import { commentThreadSchema } from '../../../../core/comments/thread';
import { addUser } from '../../../../site/auth/users';
import { createViaApi, describeSite, feedCursorNow, publishViaApi } from '../site-test-kit';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const ANCHOR = { kind: 'body', from: 1, to: 8, quote: 'Hamburg' } as const;

describeSite('comment threads', (site) => {
  const base = (articleId: string) => `/api/v1/articles/${articleId}/comments`;
  const open = (articleId: string, token: string, body: Record<string, unknown>) => site.call('POST', base(articleId), { token, body });

  it('opens a thread as the account, by its display name, in core shape; a retry is a replay', async () => {
    const { token } = await addUser(site.db.kysely, 'Petra Prüfer', 'reviewer', site.clock.now());
    const a = await createViaApi(site, { headline: 'Kommentiert' });
    const body = { id: 'thread-1', anchor: ANCHOR, text: '  Quelle?  ' };
    const first = await open(a.id, token, body);
    expect(first.statusCode).toBe(201);
    const thread = first.json().thread;
    expect(thread).toEqual({ id: 'thread-1', anchor: ANCHOR, author: 'Petra Prüfer', createdAt: '2026-03-10T10:00:00.000Z', text: 'Quelle?', replies: [], resolved: null });
    expect(commentThreadSchema.parse(thread)).toEqual(thread);
    site.clock.advance(1000);
    const retry = await open(a.id, token, body);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect((await site.call('GET', base(a.id), { token: site.tokens.editor })).json().threads).toEqual([thread]);
  });

  it("answers 409 for someone else's thread id or different content under the same id", async () => {
    const a = await createViaApi(site, { headline: 'Streit' });
    const b = await createViaApi(site, { headline: 'Anderer Artikel' });
    await open(a.id, site.tokens.reviewer, { id: 'thread-x', anchor: ANCHOR, text: 'Eins' });
    expect((await open(a.id, site.tokens.editor, { id: 'thread-x', anchor: ANCHOR, text: 'Eins' })).statusCode).toBe(409);
    expect((await open(a.id, site.tokens.reviewer, { id: 'thread-x', anchor: ANCHOR, text: 'Zwei' })).statusCode).toBe(409);
    expect((await open(a.id, site.tokens.reviewer, { id: 'thread-x', anchor: { kind: 'field', field: 'teaser' }, text: 'Eins' })).statusCode).toBe(409);
    expect((await open(b.id, site.tokens.reviewer, { id: 'thread-x', anchor: ANCHOR, text: 'Eins' })).statusCode).toBe(409);
    expect((await site.call('GET', base(a.id), { token: site.tokens.editor })).json().threads.map((t: { text: string }) => t.text)).toEqual(['Eins']);
  });

  it('adds replies (a retry is a replay, a taken id 409), resolves and reopens', async () => {
    const a = await createViaApi(site, { headline: 'Gespräch' });
    await open(a.id, site.tokens.reviewer, { id: 'thread-1a', anchor: { kind: 'adSlot', slotId: 'top' }, text: 'Anzeige zu früh' });
    const reply = { id: 'reply-1a', text: 'Verschoben.' };
    const url = `${base(a.id)}/thread-1a/replies`;
    const first = await site.call('POST', url, { token: site.tokens.editor, body: reply });
    expect(first.statusCode).toBe(201);
    expect(first.json().thread.replies).toEqual([{ id: 'reply-1a', author: 'editor-user', createdAt: '2026-03-10T10:00:00.000Z', text: 'Verschoben.' }]);
    expect((await site.call('POST', url, { token: site.tokens.editor, body: reply })).json()).toEqual(first.json());
    expect((await site.call('POST', url, { token: site.tokens.publisher, body: reply })).statusCode).toBe(409);
    expect((await site.call('POST', url, { token: site.tokens.editor, body: { ...reply, text: 'Anders' } })).statusCode).toBe(409);

    site.clock.advance(60_000);
    const resolved = await site.call('POST', `${base(a.id)}/thread-1a/resolve`, { token: site.tokens.publisher, body: { resolved: true } });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().thread.resolved).toEqual({ by: 'publisher-user', at: '2026-03-10T10:01:00.000Z' });
    const reopened = await site.call('POST', `${base(a.id)}/thread-1a/resolve`, { token: site.tokens.reviewer, body: { resolved: false } });
    expect(reopened.json().thread.resolved).toBeNull();
    await site.call('POST', `${base(a.id)}/thread-1a/resolve`, { token: site.tokens.reviewer, body: { resolved: true } });
    // A reply reopens a resolved thread: the discussion goes on.
    const more = await site.call('POST', url, { token: site.tokens.reviewer, body: { id: 'reply-2b', text: 'Doch nicht.' } });
    expect(more.json().thread).toMatchObject({ resolved: null, replies: [{ id: 'reply-1a' }, { id: 'reply-2b', author: 'reviewer-user' }] });
  });

  it('bumps the thread in the changes feed on every change, and not on a replay', async () => {
    const a = await createViaApi(site, { headline: 'Feed' });
    const cursor = await feedCursorNow(site);
    await open(a.id, site.tokens.reviewer, { id: 'thread-1a', anchor: ANCHOR, text: 'Eins' });
    await open(a.id, site.tokens.reviewer, { id: 'thread-1a', anchor: ANCHOR, text: 'Eins' });
    const afterOpen = (await site.call('GET', `/api/v1/changes?cursor=${cursor}`, { token: site.tokens.editor })).json();
    expect(afterOpen.threads).toEqual([{ articleId: a.id, thread: expect.objectContaining({ id: 'thread-1a', text: 'Eins' }) }]);
    expect(afterOpen.cursor).toBe(cursor + 1);
    await site.call('POST', `${base(a.id)}/thread-1a/resolve`, { token: site.tokens.editor, body: { resolved: true } });
    await site.call('POST', `${base(a.id)}/thread-1a/resolve`, { token: site.tokens.editor, body: { resolved: true } });
    const afterResolve = (await site.call('GET', `/api/v1/changes?cursor=${afterOpen.cursor}`, { token: site.tokens.editor })).json();
    expect(afterResolve.threads).toEqual([{ articleId: a.id, thread: expect.objectContaining({ resolved: expect.objectContaining({ by: 'editor-user' }) }) }]);
    expect(afterResolve.cursor).toBe(cursor + 2);
  });

  it('keeps hostile text as text: in JSON as written, never on a public page', async () => {
    const a = await publishViaApi(site, { headline: 'Öffentlich', slug: 'oeffentlich' });
    const res = await open(a.id, site.tokens.reviewer, { id: 'evil-thread', anchor: { kind: 'body', from: 1, to: 3, quote: HOSTILE }, text: HOSTILE });
    expect(res.json().thread).toMatchObject({ text: HOSTILE, anchor: { quote: HOSTILE } });
    expect(res.headers['content-type']).toContain('application/json');
    const page = (await site.call('GET', '/artikel/oeffentlich')).body;
    expect(page).not.toContain('alert(');
  });

  it('refuses bad bodies with 400, unknown articles and threads with 404, and anonymous callers with 401', async () => {
    const a = await createViaApi(site, { headline: 'Prüfstand' });
    const bad = [
      {},
      { id: 'thread-t', anchor: ANCHOR },
      { id: 'thread-t', anchor: ANCHOR, text: '   ' },
      { id: 'thread-t', anchor: ANCHOR, text: 'x'.repeat(5001) },
      { id: 'thread-t', anchor: { kind: 'body', from: 5, to: 2, quote: '' }, text: 'rückwärts' },
      { id: 'thread-t', anchor: { kind: 'field', field: 'body' }, text: 'x' },
      { id: 'bad id', anchor: ANCHOR, text: 'x' },
      { id: 'thread-t', anchor: ANCHOR, text: 'x', author: 'Fälscher' },
    ];
    for (const body of bad) {
      const res = await open(a.id, site.tokens.editor, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('INVALID_ARGUMENT');
    }
    expect((await site.call('POST', `${base(a.id)}/thread-t/replies`, { token: site.tokens.editor, body: { id: 'reply-r', text: 7 } })).statusCode).toBe(400);
    expect((await site.call('POST', `${base(a.id)}/thread-t/resolve`, { token: site.tokens.editor, body: { resolved: 'ja' } })).statusCode).toBe(400);
    expect((await open('unbekannt', site.tokens.editor, { id: 'thread-t', anchor: ANCHOR, text: 'x' })).statusCode).toBe(404);
    expect((await site.call('POST', `${base(a.id)}/nope-nope/replies`, { token: site.tokens.editor, body: { id: 'reply-r', text: 'x' } })).statusCode).toBe(404);
    expect((await site.call('POST', `${base(a.id)}/nope-nope/resolve`, { token: site.tokens.editor, body: { resolved: true } })).statusCode).toBe(404);
    expect((await open(a.id, '', { id: 'thread-t', anchor: ANCHOR, text: 'x' })).statusCode).toBe(401);
    expect((await site.call('GET', base(a.id))).statusCode).toBe(401);
    expect((await site.call('GET', base(a.id), { token: site.tokens.editor })).json().threads).toEqual([]);
  });

  it('keeps the threads of a deleted article', async () => {
    const a = await createViaApi(site, { headline: 'Mit Kommentar' });
    await open(a.id, site.tokens.reviewer, { id: 'bleibt', anchor: ANCHOR, text: 'Bleibt' });
    await site.call('DELETE', `/api/v1/articles/${a.id}`, { token: site.tokens.editor });
    expect((await site.call('GET', base(a.id), { token: site.tokens.editor })).json().threads).toHaveLength(1);
  });
});
