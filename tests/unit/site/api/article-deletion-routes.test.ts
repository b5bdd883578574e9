import { expect, it } from 'vitest';
import { act, approvedViaApi, createViaApi, describeSite, feedCursorNow, publishViaApi } from '../site-test-kit';

describeSite('deleting and restoring articles', (site) => {
  const del = (id: string, token = site.tokens.editor) => site.call('DELETE', `/api/v1/articles/${id}`, { token });
  const restore = (id: string, token = site.tokens.editor) => site.call('POST', `/api/v1/articles/${id}/restore`, { token });
  const staffList = async () => (await site.call('GET', '/api/v1/articles', { token: site.tokens.reviewer })).json().articles.map((a: { id: string }) => a.id);

  it('soft-deletes: a new revision in the feed, gone from lists, still answered by id to staff', async () => {
    const keep = await createViaApi(site, { headline: 'Bleibt', tags: ['Bleibt'] });
    const a = await createViaApi(site, { headline: 'Fliegt raus', tags: ['Weg'] });
    const cursor = await feedCursorNow(site);
    site.clock.advance(5000);
    const res = await del(a.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().article).toMatchObject({ id: a.id, rev: 2, deletedAt: '2026-03-10T10:00:05.000Z', updatedBy: { name: 'editor-user' } });
    expect(await staffList()).toEqual([keep.id]);
    const tags = (await site.call('GET', '/api/v1/tags', { token: site.tokens.editor })).json().tags.map((t: { name: string }) => t.name);
    expect(tags).toEqual(['Bleibt']);
    const byId = await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.reviewer });
    expect(byId.json().article.deletedAt).toBe('2026-03-10T10:00:05.000Z');
    const feed = (await site.call('GET', `/api/v1/changes?cursor=${cursor}`, { token: site.tokens.editor })).json();
    expect(feed.articles).toEqual([expect.objectContaining({ id: a.id, rev: 2, deletedAt: '2026-03-10T10:00:05.000Z' })]);
    // Deleting again changes nothing.
    expect((await del(a.id)).json().article.rev).toBe(2);
  });

  it('restores a deleted article as it was, with a new revision', async () => {
    const a = await createViaApi(site, { headline: 'Zurück' });
    await del(a.id, site.tokens.publisher);
    const res = await restore(a.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().article).toMatchObject({ headline: 'Zurück', deletedAt: null, rev: 3, status: 'draft' });
    expect(await staffList()).toEqual([a.id]);
    expect((await restore(a.id)).json().article.rev).toBe(3);
  });

  it('refuses live and scheduled articles with plain messages, and reviewers altogether', async () => {
    const live = await publishViaApi(site, { slug: 'live' });
    const liveRes = await del(live.id);
    expect(liveRes.statusCode).toBe(409);
    expect(liveRes.json().error).toMatchObject({ code: 'CONFLICT', message: 'The article is live. Unpublish it first.', details: { current: { status: 'published' } } });
    const planned = await approvedViaApi(site, { slug: 'geplant' });
    await act(site, planned.id, site.tokens.publisher, 'schedule', { publishAt: '2026-03-10T12:00:00Z' });
    expect((await del(planned.id, site.tokens.publisher)).json().error.message).toBe('The article is scheduled. Unschedule it first.');
    const draft = await createViaApi(site, { headline: 'Entwurf' });
    expect((await del(draft.id, site.tokens.reviewer)).statusCode).toBe(403);
    await del(draft.id);
    expect((await restore(draft.id, site.tokens.reviewer)).statusCode).toBe(403);
    expect((await site.call('DELETE', '/api/v1/articles/unbekannt', { token: site.tokens.editor })).statusCode).toBe(404);
    expect((await site.call('DELETE', '/api/v1/articles/bad%20id', { token: site.tokens.editor })).statusCode).toBe(400);
    expect((await site.call('DELETE', `/api/v1/articles/${draft.id}`)).statusCode).toBe(401);
  });

  it('takes no edits or actions on a deleted article until it is restored', async () => {
    const a = await createViaApi(site, { headline: 'Gelöscht' });
    await del(a.id);
    const edit = await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, body: { baseRev: 2, fields: { teaser: 'x' } } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('The article is deleted; restore it first.');
    const submit = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.editor, body: { action: 'submit' } });
    expect(submit.statusCode).toBe(409);
  });

  it('keeps a deleted article off every public page, the feed, the sitemap and the public API', async () => {
    const a = await publishViaApi(site, { headline: 'Zurückgezogen', slug: 'zurueck', tags: ['Rückzug'] });
    await act(site, a.id, site.tokens.publisher, 'unpublish');
    expect((await del(a.id)).statusCode).toBe(200);
    // And were a deleted row ever marked published (an older site, a manual fix), it would still stay hidden.
    const b = await publishViaApi(site, { headline: 'Verborgen', slug: 'verborgen', tags: ['Rückzug'] });
    const row = await site.db.kysely.selectFrom('site_articles').select('doc').where('id', '=', b.id).executeTakeFirstOrThrow();
    const doc = JSON.stringify({ ...JSON.parse(row.doc), deletedAt: '2026-03-10T10:00:00.000Z' });
    await site.db.kysely.updateTable('site_articles').set({ doc, deleted_at: '2026-03-10T10:00:00.000Z' }).where('id', '=', b.id).execute();

    for (const slug of ['zurueck', 'verborgen']) expect((await site.call('GET', `/artikel/${slug}`)).statusCode).toBe(404);
    expect((await site.call('GET', '/tag/rueckzug')).statusCode).toBe(404);
    for (const url of ['/', '/feed.xml', '/sitemap.xml', '/api/v1/articles', '/api/v1/tags']) {
      const body = (await site.call('GET', url)).body;
      for (const text of ['Zurückgezogen', 'zurueck', 'Verborgen', 'verborgen', 'Rückzug']) expect(body, `${url} shows ${text}`).not.toContain(text);
    }
    expect((await site.call('GET', `/api/v1/articles/${b.id}`)).statusCode).toBe(404);
  });
});
