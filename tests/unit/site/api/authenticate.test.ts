import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SLOTS } from '../../../../core/ads/index';
import { approvedViaApi, createViaApi, requestStatus, startTestSite, testEngines, TINY_PNG, type TestSite } from '../site-test-kit';

type Role = 'editor' | 'reviewer' | 'publisher';

/** Who may do what through the API; every other role gets 403 and nothing changes. */
const MATRIX: Array<{ what: string; allowed: Role[]; attempt: (site: TestSite, role: Role) => Promise<number> }> = [
  {
    what: 'create an article',
    allowed: ['editor', 'publisher'],
    attempt: async (site, role) => (await site.call('POST', '/api/v1/articles', { token: site.tokens[role], body: { fields: { headline: `Von ${role}` } } })).statusCode,
  },
  {
    what: 'edit an article',
    allowed: ['editor', 'publisher'],
    attempt: async (site, role) => {
      const a = await createViaApi(site, { headline: 'Vorlage' });
      return (await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens[role], body: { baseRev: 1, fields: { teaser: role } } })).statusCode;
    },
  },
  {
    what: 'upload an image',
    allowed: ['editor', 'publisher'],
    attempt: async (site, role) => (await site.call('POST', '/api/v1/media', { token: site.tokens[role], body: TINY_PNG, headers: { 'content-type': 'image/png' } })).statusCode,
  },
  {
    what: 'approve an article',
    allowed: ['reviewer', 'publisher'],
    attempt: async (site, role) => {
      const a = await createViaApi(site, { headline: 'Prüfen', teaser: 't', author: 'a', source: 's' });
      await requestStatus(site, a.id, site.tokens.editor, { action: 'submit' });
      return (await requestStatus(site, a.id, site.tokens[role], { action: 'approve' })).statusCode;
    },
  },
  {
    what: 'publish an article',
    allowed: ['publisher'],
    attempt: async (site, role) => {
      const a = await approvedViaApi(site);
      return (await requestStatus(site, a.id, site.tokens[role], { action: 'publish_now' })).statusCode;
    },
  },
  {
    what: 'change the ad inventory',
    allowed: ['publisher'],
    attempt: async (site, role) => (await site.call('PUT', `/api/v1/ads/slots/${SAMPLE_SLOTS[0]!.id}`, { token: site.tokens[role], body: SAMPLE_SLOTS[0] })).statusCode,
  },
];

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`role enforcement on ${engine}`, () => {
    let site: TestSite;
    beforeAll(async () => {
      site = await startTestSite(engine);
    });
    afterAll(async () => site?.close());

    for (const { what, allowed, attempt } of MATRIX) {
      it(`lets only ${allowed.join(' and ')} ${what}`, async () => {
        for (const role of ['editor', 'reviewer', 'publisher'] as const) {
          const status = await attempt(site, role);
          if (allowed.includes(role)) expect(status, role).toBeLessThan(300);
          else expect(status, role).toBe(403);
        }
      });
    }
  });
}
