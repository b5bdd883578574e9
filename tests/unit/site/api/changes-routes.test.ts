import { expect, it } from 'vitest';
import { SAMPLE_SLOTS } from '../../../../core/ads/index';
import { siteChangesAnswerSchema } from '../../../../core/sync/reference-site-api';
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

  it("starts with the seeded inventory: a new site's first page is its slots, campaigns and settings", async () => {
    const first = await pull(0, 1000);
    expect(siteChangesAnswerSchema.parse(first)).toBeTruthy();
    expect(first.ads.map((x: { kind: string }) => x.kind)).toEqual(['slots', 'slots', 'slots', 'slots', 'campaigns', 'campaigns', 'campaigns', 'settings']);
    expect(first).toMatchObject({ articles: [], threads: [], presence: [], cursor: 8, more: false });
  });

  it('carries articles, threads and ad documents in one order, at most `limit` of them per page', async () => {
    const start = await feedCursorNow(site);
    const editor = site.tokens.editor;
    const a = await createViaApi(site, { headline: 'A' });
    await site.call('POST', `/api/v1/articles/${a.id}/comments`, { token: site.tokens.reviewer, body: { id: 'thread-a1', anchor: { kind: 'field', field: 'headline' }, text: 'Hm' } });
    await site.call('PUT', '/api/v1/ads/slots/top', { token: site.tokens.publisher, body: { ...SAMPLE_SLOTS[0], name: 'Oben' } });
    await createViaApi(site, { headline: 'B' });
    await site.call('PUT', `/api/v1/articles/${a.id}`, { token: editor, body: { baseRev: 1, fields: { teaser: 'zweimal geändert' } } });
    await site.call('DELETE', '/api/v1/ads/campaigns/house-app', { token: site.tokens.publisher });
    await site.call('POST', `/api/v1/articles/${a.id}/comments/thread-a1/replies`, { token: editor, body: { id: 'reply-a1', text: 'Ja' } });

    const seen: string[][] = [];
    let cursor = start;
    const pages: Array<{ size: number; more: boolean }> = [];
    for (let more = true; more; ) {
      const page = await pull(cursor, 2);
      seen.push([...page.articles.map((x: { headline: string }) => `article:${x.headline}`), ...page.threads.map((x: { thread: { id: string } }) => `thread:${x.thread.id}`), ...page.ads.map((x: { kind: string; id: string }) => `ad:${x.kind}/${x.id}`)].sort());
      pages.push({ size: page.articles.length + page.threads.length + page.ads.length, more: page.more });
      expect(page.cursor).toBeGreaterThan(cursor);
      cursor = page.cursor;
      more = page.more;
    }
    // Oldest change first, each thing at its latest change: A after its edit, the thread after its reply.
    expect(seen).toEqual([['ad:slots/top', 'article:B'], ['ad:campaigns/house-app', 'article:A'], ['thread:thread-a1']]);
    expect(pages).toEqual([{ size: 2, more: true }, { size: 2, more: true }, { size: 1, more: false }]);
    expect(cursor).toBe(start + 7);
    expect(await pull(cursor)).toMatchObject({ articles: [], threads: [], ads: [], cursor, more: false });
  });

  it('says there is more exactly when a change waits beyond a full page', async () => {
    const start = await feedCursorNow(site);
    await createViaApi(site, { headline: 'Eins' });
    await createViaApi(site, { headline: 'Zwei' });
    expect((await pull(start, 2)).more).toBe(false);
    expect((await pull(start, 1)).more).toBe(true);
  });

  it('pages up to 1000 changes and refuses a larger limit', async () => {
    expect((await site.call('GET', '/api/v1/changes?limit=1000', { token: site.tokens.editor })).statusCode).toBe(200);
    const tooMany = await site.call('GET', '/api/v1/changes?limit=1001', { token: site.tokens.editor });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.code).toBe('INVALID_ARGUMENT');
  });

  it('needs a token and a numeric cursor', async () => {
    expect((await site.call('GET', '/api/v1/changes?cursor=0')).statusCode).toBe(401);
    const bad = await site.call('GET', '/api/v1/changes?cursor=abc', { token: site.tokens.editor });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ARGUMENT');
  });
});
