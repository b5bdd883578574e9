import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, approvedViaApi, createViaApi, publishViaApi, readyFields, requestStatus, startTestSite, testEngines, type TestSite } from '../site-test-kit';

// The test sites start at 2026-03-10 10:00 UTC.
const LATER = '2026-03-10T18:00:00.000Z';
const SOON = '2026-03-10T10:30:00.000Z';

/** Every state in which an article must not be visible in public. */
const HIDDEN_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'embargoed', 'expired', 'unpublished', 'archived'] as const;
type HiddenState = (typeof HIDDEN_STATES)[number];

const marker = (state: string) => `geheimnis${state.replace(/_/g, '')}`;

async function createInState(site: TestSite, state: HiddenState): Promise<{ id: string; slug: string }> {
  const m = marker(state);
  const fields = readyFields({ headline: `Titel ${m}`, teaser: `Teaser ${m}`, slug: m, tags: ['Hafen', `Tag${m}`] });
  const { editor, reviewer, publisher } = site.tokens;
  if (state === 'draft') return createViaApi(site, fields);
  if (state === 'in_review' || state === 'changes_requested') {
    const a = await createViaApi(site, fields);
    await act(site, a.id, editor, 'submit');
    if (state === 'changes_requested') {
      const res = await requestStatus(site, a.id, reviewer, { action: 'request_changes', note: 'Quelle fehlt' });
      expect(res.statusCode).toBe(200);
    }
    return a;
  }
  const a = await approvedViaApi(site, fields);
  if (state === 'scheduled') await act(site, a.id, publisher, 'schedule', { publishAt: LATER });
  if (state === 'embargoed') await act(site, a.id, publisher, 'schedule', { embargoUntil: LATER, publishAt: LATER });
  if (state === 'expired') await act(site, a.id, publisher, 'publish_now', { expireAt: SOON });
  if (state === 'unpublished' || state === 'archived') {
    await act(site, a.id, publisher, 'publish_now');
    await act(site, a.id, publisher, 'unpublish');
    if (state === 'archived') await act(site, a.id, publisher, 'archive');
  }
  return a;
}

const linksIn = (body: string): string[] =>
  [...body.matchAll(/(?:href|src)="([^"]+)"|<(?:loc|link|guid[^>]*)>([^<]+)</g)]
    .map((m) => (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&'))
    .map((u) => u.replace(/^http:\/\/site\.test/, ''))
    .filter((u) => u.startsWith('/') && !u.startsWith('//'));

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`nothing unpublished leaks on ${engine}`, () => {
    let site: TestSite;
    const hidden = new Map<HiddenState, { id: string; slug: string }>();
    let visible: { id: string; slug: string };

    beforeAll(async () => {
      site = await startTestSite(engine);
      for (const state of HIDDEN_STATES) hidden.set(state, await createInState(site, state));
      visible = await publishViaApi(site, { headline: 'Sichtbar für alle', slug: 'sichtbar', tags: ['Hafen'] });
      // Past the expiry of the "expired" article, but the scheduler has not run: the request-time check must hide it.
      site.clock.set('2026-03-10T11:00:00Z');
    });
    afterAll(async () => site?.close());

    it('crawls every public page, the feed, the sitemap and the anonymous API without meeting a hidden article', async () => {
      const seeds = ['/', '/feed.xml', '/sitemap.xml', '/tag/hafen', '/api/v1/articles', '/api/v1/articles?status=draft', '/api/v1/tags'];
      for (const { id, slug } of hidden.values()) seeds.push(`/artikel/${slug}`, `/api/v1/articles/${id}`, `/tag/tag${slug}`);
      const queue = [...seeds];
      const seen = new Set<string>();
      const pages = new Map<string, { status: number; body: string }>();
      while (queue.length && seen.size < 300) {
        const url = queue.shift() as string;
        if (seen.has(url)) continue;
        seen.add(url);
        const res = await site.call('GET', url);
        pages.set(url, { status: res.statusCode, body: res.body });
        if (res.statusCode === 200 && !String(res.headers['content-type']).startsWith('image/')) queue.push(...linksIn(res.body));
      }

      for (const [url, { body }] of pages) {
        for (const state of HIDDEN_STATES) expect(body.toLowerCase(), `${url} shows the ${state} article`).not.toContain(marker(state));
      }
      for (const { id, slug } of hidden.values()) {
        expect(pages.get(`/artikel/${slug}`)?.status).toBe(404);
        expect(pages.get(`/api/v1/articles/${id}`)?.status).toBe(404);
        expect(pages.get(`/tag/tag${slug}`)?.status).toBe(404);
      }
      // The crawl really reached the published article through the front page, feed and sitemap.
      expect(pages.get(`/artikel/${visible.slug}`)?.status).toBe(200);
      expect(pages.get('/')?.body).toContain('href="/artikel/sichtbar"');
      expect(pages.get('/feed.xml')?.body).toContain('http://site.test/artikel/sichtbar');
      expect(pages.get('/sitemap.xml')?.body).toContain('http://site.test/artikel/sichtbar');
      expect(pages.get('/tag/hafen')?.body).toContain('Sichtbar für alle');
    });

    it('still shows every article to a signed-in user', async () => {
      const res = await site.call('GET', '/api/v1/articles?limit=200', { token: site.tokens.reviewer });
      expect(res.json().articles).toHaveLength(HIDDEN_STATES.length + 1);
    });
  });
}
