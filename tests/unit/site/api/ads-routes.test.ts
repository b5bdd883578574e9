import { expect, it } from 'vitest';
import { SAMPLE_CAMPAIGNS, SAMPLE_SLOTS } from '../../../../core/ads/index';
import { describeSite } from '../site-test-kit';

describeSite('ad inventory API', (site) => {
  it('lets a publisher add, replace, list and delete slots and campaigns', async () => {
    const slot = SAMPLE_SLOTS[0]!;
    const campaign = SAMPLE_CAMPAIGNS[0]!;
    const put = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: slot });
    expect(put.statusCode).toBe(201);
    const replaced = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: { ...slot, name: 'Neu' } });
    expect(replaced.statusCode).toBe(200);
    expect((await site.call('PUT', `/api/v1/ads/campaigns/${campaign.id}`, { token: site.tokens.publisher, body: campaign })).statusCode).toBe(201);

    const slots = (await site.call('GET', '/api/v1/ads/slots', { token: site.tokens.editor })).json().items;
    expect(slots).toEqual([{ ...slot, name: 'Neu' }]);
    expect((await site.call('DELETE', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher })).statusCode).toBe(204);
    expect((await site.call('GET', '/api/v1/ads/slots', { token: site.tokens.editor })).json().items).toEqual([]);
    expect((await site.call('DELETE', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher })).statusCode).toBe(404);
  });

  it('refuses invalid documents, mismatched ids, other roles and anonymous readers', async () => {
    const slot = SAMPLE_SLOTS[0]!;
    const invalid = await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.publisher, body: { ...slot, sizes: ['huge'] } });
    expect(invalid.statusCode).toBe(400);
    const mismatch = await site.call('PUT', '/api/v1/ads/slots/other', { token: site.tokens.publisher, body: slot });
    expect(mismatch.statusCode).toBe(400);
    expect((await site.call('PUT', `/api/v1/ads/slots/${slot.id}`, { token: site.tokens.editor, body: slot })).statusCode).toBe(403);
    expect((await site.call('GET', '/api/v1/ads/campaigns')).statusCode).toBe(401);
    expect((await site.call('GET', '/api/v1/ads/slots', { token: site.tokens.editor })).json().items).toEqual([]);
  });
});
