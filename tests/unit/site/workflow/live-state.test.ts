import { expect, it } from 'vitest';
import { createViaApi, describeSite, publishViaApi, readyFields } from '../site-test-kit';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;';

describeSite('live versions and pending updates', (site) => {
  const stored = async (id: string) => (await site.call('GET', `/api/v1/articles/${id}`, { token: site.tokens.editor })).json().article;
  const edit = async (id: string, fields: Record<string, unknown>) =>
    site.call('PUT', `/api/v1/articles/${id}`, { token: site.tokens.editor, body: { baseRev: (await stored(id)).rev, fields } });
  const action = (id: string, token: string, body: Record<string, unknown>) => site.call('POST', `/api/v1/articles/${id}/status`, { token, body });
  const publicTexts = async () => Promise.all(['/', '/artikel/hafen-live', '/tag/hafen', '/feed.xml', '/sitemap.xml', '/api/v1/articles', '/api/v1/tags'].map(async (url) => (await site.call('GET', url)).body));

  async function livePlusPending() {
    const a = await publishViaApi(site, { headline: 'Live-Titel', teaser: 'Live-Teaser', slug: 'hafen-live', tags: ['Hafen'] });
    const res = await edit(a.id, { headline: 'Entwurfstitel', teaser: 'Entwurfsteaser', slug: 'hafen-neu', tags: ['Werft'] });
    expect(res.statusCode).toBe(200);
    return a;
  }

  it('serves the live version on every public page until update_live', async () => {
    const a = await livePlusPending();
    for (const body of await publicTexts()) {
      expect(body).not.toContain('Entwurf');
      expect(body).not.toContain('hafen-neu');
      expect(body).not.toContain('Werft');
    }
    const [front, page, tag, feed, sitemap] = await publicTexts();
    for (const body of [front, page, tag, feed]) expect(body).toContain('Live-Titel');
    expect(sitemap).toContain('/artikel/hafen-live');
    expect((await site.call('GET', '/artikel/hafen-neu')).statusCode).toBe(404);
    expect((await site.call('GET', '/tag/werft')).statusCode).toBe(404);
    const anonymous = (await site.call('GET', `/api/v1/articles/${a.id}`)).json().article;
    expect(anonymous).toMatchObject({ headline: 'Live-Titel', slug: 'hafen-live' });
    expect(anonymous).not.toHaveProperty('pendingUpdate');
    expect(anonymous).not.toHaveProperty('live');
    expect(await stored(a.id)).toMatchObject({ headline: 'Entwurfstitel', slug: 'hafen-neu', pendingUpdate: { by: 'editor-user' } });
  });

  it('keeps the live slug taken while a pending update moves away from it', async () => {
    await livePlusPending();
    const clash = await site.call('POST', '/api/v1/articles', { token: site.tokens.editor, body: { fields: { headline: 'Dieb', slug: 'hafen-live' } } });
    expect(clash.statusCode).toBe(409);
    const derived = await createViaApi(site, { headline: 'Hafen live' });
    expect(derived.slug).not.toBe('hafen-live');
  });

  it('lets only a publisher put the pending update live, with a dated correction note printed as text', async () => {
    const a = await livePlusPending();
    expect((await action(a.id, site.tokens.editor, { action: 'update_live' })).statusCode).toBe(403);
    expect((await action(a.id, site.tokens.reviewer, { action: 'update_live' })).statusCode).toBe(403);
    site.clock.set('2026-03-12T09:30:00Z');
    const res = await action(a.id, site.tokens.publisher, { action: 'update_live', correction: `Name korrigiert ${HOSTILE}` });
    expect(res.statusCode).toBe(200);
    const article = res.json().article;
    expect(article).toMatchObject({ status: 'published', pendingUpdate: null, publishedAt: '2026-03-10T10:00:00.000Z' });
    expect(article.corrections).toEqual([{ at: '2026-03-12T09:30:00.000Z', note: `Name korrigiert ${HOSTILE}` }]);
    expect(article.statusHistory.at(-1)).toMatchObject({ action: 'update_live', from: 'published', to: 'published', actor: { name: 'publisher-user' } });

    const page = await site.call('GET', '/artikel/hafen-neu');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Entwurfstitel');
    expect(page.body).toMatch(/Korrektur vom <time[^>]*>12\.03\.2026<\/time>:/);
    expect(page.body).toContain(`Name korrigiert ${ESCAPED}`);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toContain('<img src=x');
    expect((await site.call('GET', '/artikel/hafen-live')).statusCode).toBe(404);
    expect((await site.call('GET', '/tag/werft')).body).toContain('Entwurfstitel');
  });

  it('appends corrections oldest first and goes live without one, too', async () => {
    const a = await livePlusPending();
    await action(a.id, site.tokens.publisher, { action: 'update_live', correction: 'Erste Korrektur' });
    site.clock.advance(86_400_000);
    await edit(a.id, { teaser: 'Zweiter Stand' });
    await action(a.id, site.tokens.publisher, { action: 'update_live', correction: 'Zweite Korrektur' });
    await edit(a.id, { teaser: 'Dritter Stand' });
    const silent = await action(a.id, site.tokens.publisher, { action: 'update_live' });
    expect(silent.json().article.corrections.map((c: { note: string }) => c.note)).toEqual(['Erste Korrektur', 'Zweite Korrektur']);
    expect((await site.call('GET', '/artikel/hafen-neu')).body).toContain('Dritter Stand');
  });

  it('runs the checklist on the pending update: a failing one stays pending and the live version stays', async () => {
    const a = await livePlusPending();
    await edit(a.id, { teaser: '' });
    const res = await action(a.id, site.tokens.publisher, { action: 'update_live' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toMatchObject({ workflowCode: 'CHECKLIST_FAILED', current: { teaser: '' } });
    expect((await site.call('GET', '/artikel/hafen-live')).body).toContain('Live-Teaser');
    expect((await stored(a.id)).pendingUpdate).not.toBeNull();
  });

  it('drops the live version on unpublish: publishing again shows the working copy', async () => {
    const a = await livePlusPending();
    const down = await action(a.id, site.tokens.publisher, { action: 'unpublish' });
    expect(down.json().article.pendingUpdate).toBeNull();
    expect((await site.call('GET', '/artikel/hafen-live')).statusCode).toBe(404);
    expect((await action(a.id, site.tokens.publisher, { action: 'publish_now' })).statusCode).toBe(200);
    expect((await site.call('GET', '/artikel/hafen-neu')).body).toContain('Entwurfstitel');
    expect((await site.call('GET', '/artikel/hafen-live')).statusCode).toBe(404);
  });

  it('changes nothing public when an unpublished article is edited', async () => {
    const a = await createViaApi(site, readyFields({ slug: 'nie-live' }));
    await edit(a.id, { headline: 'Geheim' });
    expect((await site.call('GET', '/artikel/nie-live')).statusCode).toBe(404);
  });
});
