import { expect, it } from 'vitest';
import { act, approvedViaApi, createViaApi, describeSite, publishViaApi } from '../site-test-kit';

describeSite('editing after approval', (site) => {
  const stored = async (id: string) => (await site.call('GET', `/api/v1/articles/${id}`, { token: site.tokens.reviewer })).json().article;
  const put = async (id: string, fields: Record<string, unknown>, token = site.tokens.editor) =>
    site.call('PUT', `/api/v1/articles/${id}`, { token, body: { baseRev: (await stored(id)).rev, fields } });

  it('stores an edit of an approved article and returns it to review, by the editor, in one revision', async () => {
    const a = await approvedViaApi(site);
    const before = await stored(a.id);
    const res = await put(a.id, { teaser: 'Nachgeschärft' });
    expect(res.statusCode).toBe(200);
    const article = res.json().article;
    expect(article).toMatchObject({ status: 'in_review', teaser: 'Nachgeschärft', rev: before.rev + 1, updatedBy: { name: 'editor-user' } });
    expect(article.statusHistory.at(-1)).toMatchObject({ action: 'return_to_review', from: 'approved', to: 'in_review', actor: { name: 'editor-user', role: 'editor' } });
  });

  it('takes a scheduled article out of the schedule but keeps its times, so the scheduler leaves it alone', async () => {
    const a = await approvedViaApi(site);
    await act(site, a.id, site.tokens.publisher, 'schedule', { publishAt: '2026-03-10T11:00:00.000Z' });
    const res = await put(a.id, { headline: 'Neuer Titel' }, site.tokens.publisher);
    expect(res.json().article).toMatchObject({ status: 'in_review', schedule: { publishAt: '2026-03-10T11:00:00.000Z' } });
    expect(res.json().article.statusHistory.at(-1)).toMatchObject({ action: 'return_to_review', from: 'scheduled', actor: { role: 'publisher' } });
    site.clock.set('2026-03-10T11:00:01Z');
    expect(await site.app.siteScheduler.tick()).toBe(0);
    expect((await site.call('GET', `/artikel/${a.slug}`)).statusCode).toBe(404);
  });

  it('keeps the status of drafts and articles in review when they are edited', async () => {
    const a = await createViaApi(site, { headline: 'Entwurf' });
    expect((await put(a.id, { teaser: 'x' })).json().article).toMatchObject({ status: 'draft', rev: 2 });
    await act(site, a.id, site.tokens.editor, 'submit');
    expect((await put(a.id, { teaser: 'y' })).json().article).toMatchObject({ status: 'in_review', rev: 4 });
  });

  it('makes an edit of a published article its pending update, by whom and since when', async () => {
    const a = await publishViaApi(site, { headline: 'Live-Titel' });
    site.clock.advance(60_000);
    const res = await put(a.id, { headline: 'Arbeitstitel' });
    expect(res.json().article).toMatchObject({ status: 'published', headline: 'Arbeitstitel', pendingUpdate: { since: '2026-03-10T10:01:00.000Z', by: 'editor-user' } });
    site.clock.advance(60_000);
    const again = await put(a.id, { teaser: 'Noch mehr' }, site.tokens.publisher);
    // The pending update began with the first edit; later edits join it.
    expect(again.json().article.pendingUpdate).toEqual({ since: '2026-03-10T10:01:00.000Z', by: 'editor-user' });
    expect(again.json().article.updatedBy).toMatchObject({ name: 'publisher-user' });
  });

  it('lets no reviewer change content, before or after approval', async () => {
    const a = await approvedViaApi(site);
    expect((await put(a.id, { teaser: 'Prüfer' }, site.tokens.reviewer)).statusCode).toBe(403);
    expect((await stored(a.id)).status).toBe('approved');
  });
});
