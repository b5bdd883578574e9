import { describe, expect, it } from 'vitest';
import { act, clearAdInventory, describeSite, publishViaApi, type TestSite } from '../site-test-kit';

const CASINO = {
  id: 'casino-x',
  advertiser: 'Glücksrad Casino',
  category: 'casino',
  creative: { kind: 'image', imageUrl: 'https://ads.example.org/casino.png', clickUrl: 'https://casino.example.org/', alt: 'Casino Glücksrad' },
  sizes: ['300x250'],
  flightStart: '2026-01-01T00:00:00Z',
  flightEnd: '2026-12-31T00:00:00Z',
  targetSections: [],
  targetTags: [],
  excludedTags: [],
  priority: 10,
  weight: 1,
  licence: 'licensed',
};
const END_SLOT = { id: 'end', name: 'Artikelende', position: { kind: 'end' }, sizes: ['300x250'], label: '', enabled: true, allowedCategories: [] };

/** Changes an article's stored headline behind the site's back (no revision, no feed position): only a re-render would show it. */
async function sneakHeadline(site: TestSite, id: string, headline: string): Promise<void> {
  const row = await site.db.kysely.selectFrom('site_articles').select('doc').where('id', '=', id).executeTakeFirstOrThrow();
  const doc = JSON.parse(row.doc) as { headline: string; live?: { fields: { headline: string } } };
  doc.headline = headline;
  if (doc.live) doc.live.fields.headline = headline;
  await site.db.kysely.updateTable('site_articles').set({ doc: JSON.stringify(doc) }).where('id', '=', id).execute();
}

describeSite('render cache', (site) => {
  const get = (url: string, headers: Record<string, string> = {}) => site.call('GET', url, { headers });

  it('serves a page again from the cache, with a strong ETag and Last-Modified, until something changes', async () => {
    const a = await publishViaApi(site, { headline: 'Hafen im Nebel', slug: 'nebel' });
    const first = await get('/artikel/nebel');
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers['last-modified']).toBe('Tue, 10 Mar 2026 10:00:00 GMT');
    await sneakHeadline(site, a.id, 'Nicht neu gerendert');
    const again = await get('/artikel/nebel');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    // A change elsewhere on the site leaves this article's page (its revision is the same).
    await publishViaApi(site, { headline: 'Andere Meldung', slug: 'andere' });
    expect((await get('/artikel/nebel')).body).toContain('Hafen im Nebel');
  });

  it('answers 304 to If-None-Match and If-Modified-Since, and 200 when the copy is old', async () => {
    await publishViaApi(site, { headline: 'Bedingte Anfrage', slug: 'bedingt' });
    const first = await get('/artikel/bedingt');
    const etag = String(first.headers.etag);
    const byTag = await get('/artikel/bedingt', { 'if-none-match': `"other", ${etag}` });
    expect(byTag.statusCode).toBe(304);
    expect(byTag.body).toBe('');
    expect(byTag.headers.etag).toBe(etag);
    expect((await get('/artikel/bedingt', { 'if-none-match': '"other"' })).statusCode).toBe(200);
    expect((await get('/artikel/bedingt', { 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(304);
    expect((await get('/artikel/bedingt', { 'if-modified-since': 'Tue, 10 Mar 2026 09:59:59 GMT' })).statusCode).toBe(200);
    // If-None-Match decides alone: a stale tag with a current date is a full answer.
    expect((await get('/artikel/bedingt', { 'if-none-match': '"stale"', 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(200);
    expect((await get('/', { 'if-none-match': String((await get('/')).headers.etag) })).statusCode).toBe(304);
  });

  it('shows a publish, an update and an unpublish at once, on the article, front and tag pages', async () => {
    const a = await publishViaApi(site, { headline: 'Erste', slug: 'erste', tags: ['Hafen'] });
    const front = await get('/');
    expect((await get('/tag/hafen')).body).toContain('Erste');
    site.clock.advance(60_000);
    await publishViaApi(site, { headline: 'Zweite <script>alert(1)</script>', slug: 'zweite', tags: ['Hafen'] });
    const after = await get('/');
    expect(after.body).toContain('Zweite &lt;script&gt;');
    expect(after.body).not.toContain('<script>alert(1)');
    expect(after.headers.etag).not.toBe(front.headers.etag);
    expect((await get('/', { 'if-none-match': String(front.headers.etag) })).statusCode).toBe(200);
    expect((await get('/tag/hafen')).body).toContain('Zweite &lt;script&gt;');
    expect((await get('/artikel/zweite')).body).not.toContain('<script>alert(1)');

    await act(site, a.id, site.tokens.publisher, 'unpublish');
    expect((await get('/artikel/erste')).statusCode).toBe(404);
    expect((await get('/')).body).not.toContain('href="/artikel/erste"');
    expect((await get('/tag/hafen')).body).not.toContain('href="/artikel/erste"');
  });

  it('takes a casino ad off at 06:00 Berlin and puts it back at 21:00, to the second, with no change on the site', async () => {
    await clearAdInventory(site);
    await site.call('PUT', '/api/v1/ads/slots/end', { token: site.tokens.publisher, body: END_SLOT });
    await site.call('PUT', '/api/v1/ads/campaigns/casino-x', { token: site.tokens.publisher, body: CASINO });
    // Long enough that the ad fits the phone page's ad density.
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Der Verein gewann das Spiel am Samstag vor ausverkauftem Haus. '.repeat(12) }] };
    await publishViaApi(site, { headline: 'Spieltag', slug: 'spieltag', body: { type: 'doc', content: Array.from({ length: 12 }, () => paragraph) } });
    const casino = async () => (await get('/artikel/spieltag')).body.includes('Casino Glücksrad');
    site.clock.set('2026-03-11T04:00:00Z'); // 05:00 Berlin
    expect(await casino()).toBe(true);
    site.clock.set('2026-03-11T04:59:59.999Z');
    expect(await casino()).toBe(true);
    site.clock.set('2026-03-11T05:00:00Z'); // 06:00 Berlin: the ban begins
    expect(await casino()).toBe(false);
    site.clock.set('2026-03-11T19:59:59.999Z');
    expect(await casino()).toBe(false);
    site.clock.set('2026-03-11T20:00:00Z'); // 21:00 Berlin
    expect(await casino()).toBe(true);
    // A change of the inventory shows at once too.
    await site.call('PUT', '/api/v1/ads/campaigns/casino-x', { token: site.tokens.publisher, body: { ...CASINO, flightEnd: '2026-03-11T20:00:01Z' } });
    site.clock.set('2026-03-11T20:00:01Z');
    expect(await casino()).toBe(false);
  });

  it('drops an article from the front page when its expiry passes, with no change on the site', async () => {
    await publishViaApi(site, { headline: 'Kurzlebig', slug: 'kurz' }, { expireAt: '2026-03-10T12:00:00Z' });
    expect((await get('/')).body).toContain('href="/artikel/kurz"');
    site.clock.set('2026-03-10T11:59:59Z');
    expect((await get('/')).body).toContain('href="/artikel/kurz"');
    site.clock.set('2026-03-10T12:00:00Z');
    expect((await get('/')).body).not.toContain('href="/artikel/kurz"');
    expect((await get('/artikel/kurz')).statusCode).toBe(404);
  });

  it('never serves one slug’s page for another, nor a draft', async () => {
    await publishViaApi(site, { headline: 'Artikel Eins', slug: 'eins' });
    await publishViaApi(site, { headline: 'Artikel Zwei', slug: 'zwei' });
    expect((await get('/artikel/eins')).body).toContain('Artikel Eins');
    expect((await get('/artikel/zwei')).body).toContain('Artikel Zwei');
    expect((await get('/artikel/eins')).body).not.toContain('Artikel Zwei');
    expect((await get('/artikel/entwurf')).statusCode).toBe(404);
  });
});

describe('render cache keys', () => {
  it('are per page kind, so a tag and an article with one slug are different pages', async () => {
    const { PageCache } = await import('../../../../site/public/page-cache');
    const cache = new PageCache(100);
    const page = (html: string) => ({ body: Buffer.from(html), etag: '"x"', lastModified: 0, lastModifiedHttp: '', version: 1, computedAt: 0, validUntil: 1 });
    cache.set('tag:a', page('t'.repeat(60)));
    cache.set('article:a', page('a'.repeat(60)));
    expect(cache.get('tag:a')).toBeUndefined(); // over budget: the least recently used went
    expect(cache.get('article:a')?.body).toHaveLength(60);
  });
});
