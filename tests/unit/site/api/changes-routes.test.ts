import { expect, it } from 'vitest';
import { act, createViaApi, describeSite, feedCursorNow } from '../site-test-kit';

describeSite('changes feed', (site) => {
  const pull = async (cursor: number, limit = 100) => (await site.call('GET', `/api/v1/changes?cursor=${cursor}&limit=${limit}`, { token: site.tokens.editor })).json();

  it('pages through every change once, oldest first, and only returns later changes after the cursor', async () => {
    const start = await feedCursorNow(site);
    const a = await createViaApi(site, { headline: 'A' });
    const b = await createViaApi(site, { headline: 'B' });
    const c = await createViaApi(site, { headline: 'C' });

    const page1 = await pull(start, 2);
    expect(page1.articles.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    expect(page1.more).toBe(true);
    const page2 = await pull(page1.cursor, 2);
    expect(page2.articles.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect(page2.more).toBe(false);
    expect(await pull(page2.cursor)).toMatchObject({ articles: [], cursor: page2.cursor });

    await act(site, a.id, site.tokens.editor, 'submit');
    const later = await pull(page2.cursor);
    expect(later.articles).toHaveLength(1);
    expect(later.articles[0]).toMatchObject({ id: a.id, status: 'in_review', rev: 2 });
  });

  it('needs a token and a numeric cursor', async () => {
    expect((await site.call('GET', '/api/v1/changes?cursor=0')).statusCode).toBe(401);
    const bad = await site.call('GET', '/api/v1/changes?cursor=abc', { token: site.tokens.editor });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ARGUMENT');
  });
});
