import { expect, it } from 'vitest';
import { commentThreadSchema } from '../../../../core/comments/thread';
import { createViaApi, describeSite } from '../site-test-kit';

const WORD = { kind: 'body', from: 1, to: 8, quote: 'Hamburg' } as const;

describeSite('suggestions', (site) => {
  const url = (articleId: string, threadId: string) => `/api/v1/articles/${articleId}/suggestions/${threadId}`;
  const save = (articleId: string, threadId: string, token: string, body: Record<string, unknown>) => site.call('PUT', url(articleId, threadId), { token, body });
  const settle = (articleId: string, threadId: string, token: string, outcome: string) => site.call('POST', `${url(articleId, threadId)}/settle`, { token, body: { outcome } });
  const threads = async (articleId: string) => (await site.call('GET', `/api/v1/articles/${articleId}/comments`, { token: site.tokens.editor })).json().threads;

  it('lets a reviewer suggest and revise her suggestion; it is a thread with the change, the body stays', async () => {
    const a = await createViaApi(site, { headline: 'Vorschlag' });
    const first = await save(a.id, 'sugg-1', site.tokens.reviewer, { anchor: WORD, insert: 'B' });
    expect(first.statusCode).toBe(200);
    expect(first.json().thread).toMatchObject({ id: 'sugg-1', author: 'reviewer-user', resolved: null, anchor: WORD, suggestion: { insert: 'B' }, text: '“Hamburg” → “B”' });
    const revised = await save(a.id, 'sugg-1', site.tokens.reviewer, { anchor: WORD, insert: 'Bremen' });
    expect(revised.json().thread.suggestion).toEqual({ insert: 'Bremen' });
    expect(commentThreadSchema.parse(revised.json().thread)).toEqual(revised.json().thread);
    expect(await threads(a.id)).toEqual([revised.json().thread]);
    const article = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.editor })).json().article;
    expect(article.rev).toBe(a.rev);
  });

  it("refuses someone else's suggestion, an empty change and a reviewer's accept (403); the editor accepts once", async () => {
    const a = await createViaApi(site, { headline: 'Rollen' });
    await save(a.id, 'sugg-2', site.tokens.reviewer, { anchor: { kind: 'body', from: 3, to: 3, quote: '' }, insert: 'neu ', before: 'Ha' });
    expect((await save(a.id, 'sugg-2', site.tokens.editor, { anchor: WORD, insert: 'x' })).statusCode).toBe(403);
    expect((await save(a.id, 'sugg-3', site.tokens.reviewer, { anchor: { kind: 'body', from: 3, to: 3, quote: '' }, insert: '' })).statusCode).toBe(400);
    expect((await settle(a.id, 'sugg-2', site.tokens.reviewer, 'accepted')).statusCode).toBe(403);
    expect((await threads(a.id))[0].resolved).toBeNull();
    site.clock.advance(60_000);
    const accepted = await settle(a.id, 'sugg-2', site.tokens.editor, 'accepted');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().thread).toMatchObject({ resolved: { by: 'editor-user', at: '2026-03-10T10:01:00.000Z' }, suggestion: { insert: 'neu ', before: 'Ha', outcome: 'accepted' } });
    expect((await settle(a.id, 'sugg-2', site.tokens.publisher, 'accepted')).json()).toEqual(accepted.json());
    expect((await settle(a.id, 'sugg-2', site.tokens.publisher, 'rejected')).statusCode).toBe(409);
    expect((await save(a.id, 'sugg-2', site.tokens.reviewer, { anchor: WORD, insert: 'spät' })).statusCode).toBe(409);
    // Resolving through the comment route would skip the decision.
    expect((await site.call('POST', `/api/v1/articles/${a.id}/comments/sugg-2/resolve`, { token: site.tokens.reviewer, body: { resolved: false } })).statusCode).toBe(409);
  });

  it('lets a reviewer withdraw her own suggestion but not reject someone else’s', async () => {
    const a = await createViaApi(site, { headline: 'Zurück' });
    await save(a.id, 'sugg-4', site.tokens.reviewer, { anchor: WORD, insert: '' });
    site.clock.advance(1000);
    await save(a.id, 'sugg-5', site.tokens.editor, { anchor: WORD, insert: 'Kiel' });
    expect((await settle(a.id, 'sugg-5', site.tokens.reviewer, 'rejected')).statusCode).toBe(403);
    const withdrawn = await settle(a.id, 'sugg-4', site.tokens.reviewer, 'rejected');
    expect(withdrawn.json().thread.suggestion.outcome).toBe('rejected');
    expect((await threads(a.id)).map((t: { text: string }) => t.text)).toEqual(['− “Hamburg”', '“Hamburg” → “Kiel”']);
  });

  it('appears in the changes feed like a comment', async () => {
    const a = await createViaApi(site, { headline: 'Feed' });
    await save(a.id, 'sugg-6', site.tokens.reviewer, { anchor: WORD, insert: 'Lübeck' });
    const feed = (await site.call('GET', '/api/v1/changes?cursor=0', { token: site.tokens.editor })).json();
    expect(feed.threads.find((t: { thread: { id: string } }) => t.thread.id === 'sugg-6')).toMatchObject({ articleId: a.id, thread: { suggestion: { insert: 'Lübeck' } } });
  });
});
