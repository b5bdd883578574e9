import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AD_SETTINGS, SAMPLE_SLOTS as SLOTS } from '../../../../core/ads/index';
import { approvedViaApi, createViaApi, publishViaApi, requestStatus, startTestSite, testEngines, TINY_PNG, type TestSite } from '../site-test-kit';

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
    attempt: async (site, role) => (await site.call('PUT', `/api/v1/ads/slots/${SLOTS[0]!.id}`, { token: site.tokens[role], body: SLOTS[0] })).statusCode,
  },
  {
    what: 'change the ad settings',
    allowed: ['publisher'],
    attempt: async (site, role) => (await site.call('PUT', '/api/v1/ads/settings', { token: site.tokens[role], body: DEFAULT_AD_SETTINGS })).statusCode,
  },
  {
    what: 'put a pending update live',
    allowed: ['publisher'],
    attempt: async (site, role) => {
      const a = await publishViaApi(site, { slug: `live-${role}` });
      const current = (await site.call('GET', `/api/v1/articles/${a.id}`, { token: site.tokens.editor })).json().article;
      await site.call('PUT', `/api/v1/articles/${a.id}`, { token: site.tokens.editor, body: { baseRev: current.rev, fields: { teaser: 'Neu' } } });
      return (await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens[role], body: { action: 'update_live' } })).statusCode;
    },
  },
  {
    what: 'delete and restore an article',
    allowed: ['editor', 'publisher'],
    attempt: async (site, role) => {
      const a = await createViaApi(site, { headline: 'Weg damit' });
      const deleted = (await site.call('DELETE', `/api/v1/articles/${a.id}`, { token: site.tokens[role] })).statusCode;
      if (deleted >= 300) return deleted;
      return (await site.call('POST', `/api/v1/articles/${a.id}/restore`, { token: site.tokens[role] })).statusCode;
    },
  },
  {
    what: 'comment, reply and resolve',
    allowed: ['editor', 'reviewer', 'publisher'],
    attempt: async (site, role) => {
      const a = await createViaApi(site, { headline: 'Diskussion' });
      const base = `/api/v1/articles/${a.id}/comments`;
      const opened = await site.call('POST', base, { token: site.tokens[role], body: { id: `t-${role}`, anchor: { kind: 'field', field: 'headline' }, text: 'Titel zu lang?' } });
      if (opened.statusCode >= 300) return opened.statusCode;
      const replied = await site.call('POST', `${base}/t-${role}/replies`, { token: site.tokens[role], body: { id: `r-${role}`, text: 'Ja.' } });
      if (replied.statusCode >= 300) return replied.statusCode;
      return (await site.call('POST', `${base}/t-${role}/resolve`, { token: site.tokens[role], body: { resolved: true } })).statusCode;
    },
  },
  {
    what: 'say they are editing an article',
    allowed: ['editor', 'reviewer', 'publisher'],
    attempt: async (site, role) => {
      const a = await createViaApi(site, { headline: 'Offen' });
      return (await site.call('PUT', `/api/v1/articles/${a.id}/presence`, { token: site.tokens[role], body: { editing: true } })).statusCode;
    },
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
