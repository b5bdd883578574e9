import { expect, it } from 'vitest';
import { adsOfArticleAt, DEFAULT_AD_SETTINGS, SAMPLE_AD_CONFIG, SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/index';
import { clearAdInventory, describeSite, feedCursorNow, publishViaApi } from '../site-test-kit';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describeSite('ad inventory API', (site) => {
  const get = async (path: string, token = site.tokens.editor) => (await site.call('GET', `/api/v1/ads/${path}`, { token })).json();

  it("starts with core's sample inventory: the slots, campaigns and settings a new app starts with", async () => {
    expect((await get('slots')).items).toEqual(byId(SAMPLE_SLOTS));
    expect((await get('campaigns')).items).toEqual(byId(SAMPLE_CAMPAIGNS));
    expect((await get('settings')).settings).toEqual(SAMPLE_AD_CONFIG.settings);
  });

  it('lets a publisher add, replace, list and delete slots and campaigns', async () => {
    await clearAdInventory(site);
    const slot = SAMPLE_SLOTS[0]!;
    const campaign = SAMPLE_CAMPAIGNS[0]!;
    const put = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: slot });
    expect(put.statusCode).toBe(201);
    const replaced = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: { ...slot, name: 'Neu' } });
    expect(replaced.statusCode).toBe(200);
    expect((await site.call('PUT', `/api/v1/ads/campaigns/${campaign.id}`, { token: site.tokens.publisher, body: campaign })).statusCode).toBe(201);

    expect((await get('slots')).items).toEqual([{ ...slot, name: 'Neu' }]);
    expect((await site.call('DELETE', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher })).statusCode).toBe(204);
    expect((await get('slots')).items).toEqual([]);
    // A retried delete is no error; a document that never was is.
    expect((await site.call('DELETE', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher })).statusCode).toBe(204);
    expect((await site.call('DELETE', '/api/v1/ads/slots/never', { token: site.tokens.publisher })).statusCode).toBe(404);
  });

  it('keeps one settings document that publishers replace and nobody deletes', async () => {
    const settings = { ...DEFAULT_AD_SETTINGS, maxAdsPer1000Words: 1, brandSafety: [] };
    const put = await site.call('PUT', '/api/v1/ads/settings', { token: site.tokens.publisher, body: settings });
    expect(put.statusCode).toBe(200);
    expect(put.json().settings).toEqual(settings);
    expect((await get('settings', site.tokens.reviewer)).settings).toEqual(settings);
    const viaId = await site.call('PUT', '/api/v1/ads/settings/default', { token: site.tokens.publisher, body: DEFAULT_AD_SETTINGS });
    expect(viaId.statusCode).toBe(200);
    expect((await get('settings')).settings).toEqual(DEFAULT_AD_SETTINGS);
    expect((await site.call('DELETE', '/api/v1/ads/settings/default', { token: site.tokens.publisher })).statusCode).toBe(400);
    for (const token of [site.tokens.editor, site.tokens.reviewer]) {
      expect((await site.call('PUT', '/api/v1/ads/settings', { token, body: settings })).statusCode).toBe(403);
    }
    const bad = await site.call('PUT', '/api/v1/ads/settings', { token: site.tokens.publisher, body: { ...settings, maxMobileDensity: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ARGUMENT');
  });

  it('puts every change of a document in the changes feed, deletions with doc null', async () => {
    const start = await feedCursorNow(site);
    const slot = { ...SAMPLE_SLOTS[1]!, name: 'Mitte' };
    await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: slot });
    await site.call('DELETE', '/api/v1/ads/campaigns/house-app', { token: site.tokens.publisher });
    await site.call('PUT', '/api/v1/ads/settings', { token: site.tokens.publisher, body: DEFAULT_AD_SETTINGS });
    const page = (await site.call('GET', `/api/v1/changes?cursor=${start}`, { token: site.tokens.reviewer })).json();
    expect(page.ads).toEqual([
      { kind: 'slots', id: slot.id, doc: slot },
      { kind: 'campaigns', id: 'house-app', doc: null },
      { kind: 'settings', id: 'default', doc: DEFAULT_AD_SETTINGS },
    ]);
    expect(page.cursor).toBe(start + 3);
  });

  it('places public ads with the stored settings, exactly as the preview call does', async () => {
    const body = { type: 'doc', content: Array.from({ length: 12 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Absatz ${i} mit genug Worten für eine Anzeige im Text.` }] })) };
    const a = await publishViaApi(site, { headline: 'Viele Absätze', slug: 'absaetze', body });
    const inBody = async () => ((await site.call('GET', '/artikel/absaetze')).body.match(/data-slot-id="in-article"/g) ?? []).length;
    const article = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.editor })).json().article;
    const expected = (settings: typeof DEFAULT_AD_SETTINGS) =>
      adsOfArticleAt(article, { ...SAMPLE_AD_CONFIG, settings }, site.clock.now(), 'Europe/Berlin').placements.filter((p) => p.slotId === 'in-article').length;
    expect(await inBody()).toBe(expected(DEFAULT_AD_SETTINGS));
    const strict = { ...DEFAULT_AD_SETTINGS, maxAdsPer1000Words: 0, minParagraphsBetweenAds: 50 };
    await site.call('PUT', '/api/v1/ads/settings', { token: site.tokens.publisher, body: strict });
    expect(expected(strict)).toBeLessThan(expected(DEFAULT_AD_SETTINGS));
    expect(await inBody()).toBe(expected(strict));
  });

  it('refuses invalid documents, mismatched ids, other roles and anonymous readers', async () => {
    const slot = SAMPLE_SLOTS[0]!;
    const invalid = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: { ...slot, sizes: ['huge'] } });
    expect(invalid.statusCode).toBe(400);
    const mismatch = await site.call('PUT', '/api/v1/ads/slots/other', { token: site.tokens.publisher, body: slot });
    expect(mismatch.statusCode).toBe(400);
    for (const token of [site.tokens.editor, site.tokens.reviewer]) {
      expect((await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token, body: slot })).statusCode).toBe(403);
      expect((await site.call('DELETE', `/api/v1/ads/slots/${slot.id}`, { token })).statusCode).toBe(403);
    }
    expect((await site.call('GET', '/api/v1/ads/campaigns')).statusCode).toBe(401);
    expect((await site.call('GET', '/api/v1/ads/settings')).statusCode).toBe(401);
    expect((await get('slots')).items).toEqual(byId(SAMPLE_SLOTS));
  });
});
