import { beforeEach, describe, expect, it } from 'vitest';
import { act, approvedViaApi, clearAdInventory, createViaApi, describeSite, publishViaApi, readyFields, TINY_PNG } from '../site-test-kit';

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

describeSite('public pages', (site) => {
  it('lists published articles on the front page, newest first, linking to their pages', async () => {
    await publishViaApi(site, { headline: 'Erste Meldung', slug: 'erste' });
    site.clock.advance(60_000);
    await publishViaApi(site, { headline: 'Zweite Meldung', slug: 'zweite' });
    await createViaApi(site, readyFields({ headline: 'Noch ein Entwurf', slug: 'entwurf' }));

    const res = await site.call('GET', '/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html.indexOf('href="/artikel/zweite"')).toBeGreaterThan(-1);
    expect(html.indexOf('href="/artikel/zweite"')).toBeLessThan(html.indexOf('href="/artikel/erste"'));
    expect(html).not.toContain('Noch ein Entwurf');
  });

  it('renders an article with its Berlin date, lead and inline images, tags and source', async () => {
    const upload = async () =>
      (await site.call('POST', '/api/v1/media', { token: site.tokens.editor, body: TINY_PNG, headers: { 'content-type': 'image/png' } })).json().media.id as string;
    const mediaId = await upload();
    const inlineId = await upload();
    const figure = { type: 'figure', attrs: { mediaId: inlineId, alt: 'Saal', caption: 'Der Sitzungssaal', credit: 'Foto: Presse' } };
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Die Sitzung dauerte bis Mitternacht.' }] };
    // 23:30 UTC on 10 March is already 11 March in Berlin.
    site.clock.set('2026-03-10T23:30:00Z');
    await publishViaApi(site, {
      headline: 'Nachtsitzung im Rathaus',
      slug: 'nachtsitzung',
      tags: ['Hamburg', 'Politik'],
      leadImage: { mediaId, alt: 'Rathaus', credit: 'Foto: Stadt' },
      body: { type: 'doc', content: [paragraph, figure] },
    });
    const html = (await site.call('GET', '/artikel/nachtsitzung')).body;
    expect(html).toContain('Nachtsitzung im Rathaus');
    expect(html).toContain('11.03.2026');
    expect(html).toContain(`/media/${mediaId}`);
    expect(html).toContain(`/media/${inlineId}`);
    expect(html).toContain('Der Sitzungssaal');
    expect(html).toContain('href="/tag/hamburg"');
    expect(html).toContain('dpa');
    expect((await site.call('GET', `/media/${mediaId}`)).statusCode).toBe(200);
  });

  it('shows tag pages for tags of published articles, whatever their case', async () => {
    await publishViaApi(site, { headline: 'Hafenfest', slug: 'hafenfest', tags: ['Hamburger Hafen'] });
    const page = await site.call('GET', '/tag/hamburger-hafen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hamburger Hafen');
    expect(page.body).toContain('href="/artikel/hafenfest"');
    expect((await site.call('GET', '/tag/unbekannt')).statusCode).toBe(404);
  });

  it('sends a strict Content-Security-Policy and nosniff on pages and API alike', async () => {
    await publishViaApi(site, { headline: 'Sicher', slug: 'sicher' });
    for (const url of ['/', '/artikel/sicher', '/feed.xml', '/api/v1/articles']) {
      const res = await site.call('GET', url);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'none'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('script-src *');
    }
    expect(String((await site.call('GET', '/')).headers['content-security-policy'])).toContain("script-src 'none'");
  });

  it('points crawlers at the sitemap and away from the API', async () => {
    const robots = (await site.call('GET', '/robots.txt')).body;
    expect(robots).toContain('Sitemap: http://site.test/sitemap.xml');
    expect(robots).toContain('Disallow: /api/');
  });

  it('links and serves the theme stylesheet', async () => {
    expect((await site.call('GET', '/')).body).toContain('href="/theme/site.css"');
    const css = await site.call('GET', '/theme/site.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body.length).toBeGreaterThan(0);
  });

  describe('ads are placed at request time by Berlin time', () => {
    beforeEach(async () => {
      // Only this test's inventory: the sample campaigns would compete for the slot.
      await clearAdInventory(site);
      expect((await site.call('PUT', '/api/v1/ads/slots/end', { token: site.tokens.publisher, body: END_SLOT })).statusCode).toBe(201);
      expect((await site.call('PUT', '/api/v1/ads/campaigns/casino-x', { token: site.tokens.publisher, body: CASINO })).statusCode).toBe(201);
      // Long enough that the ad fits the phone page's ad density (core's density fit).
      const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Der Verein gewann das Spiel am Samstag vor ausverkauftem Haus. '.repeat(12) }] };
      const a = await approvedViaApi(site, { headline: 'Spieltag', slug: 'spieltag', body: { type: 'doc', content: Array.from({ length: 12 }, () => paragraph) } });
      await act(site, a.id, site.tokens.publisher, 'publish_now');
    });
    const casinoShown = async () => (await site.call('GET', '/artikel/spieltag')).body.includes('Casino Glücksrad');

    it('shows no casino ad at 06:30 Berlin (05:30 UTC), but does at 21:30 Berlin (20:30 UTC)', async () => {
      site.clock.set('2026-03-11T05:30:00Z');
      expect(await casinoShown()).toBe(false);
      site.clock.set('2026-03-11T20:30:00Z');
      expect(await casinoShown()).toBe(true);
      // Same article, same revision: only the clock moved.
      site.clock.set('2026-03-12T12:00:00Z');
      expect(await casinoShown()).toBe(false);
    });
  });
});
