import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, approvedViaApi, createTestDatabase, publishViaApi, startTestSite, testEngines, type TestSite } from '../site-test-kit';

// The test sites start at 2026-03-10 10:00 UTC.
const IN_ONE_HOUR = '2026-03-10T11:00:00.000Z';
const IN_TWO_HOURS = '2026-03-10T12:00:00.000Z';

for (const { engine, skip } of testEngines()) {
  describe.skipIf(skip)(`scheduler on ${engine}`, () => {
    let site: TestSite;
    beforeEach(async () => {
      site = await startTestSite(engine);
    });
    afterEach(async () => site.close());

    const page = async (slug: string) => (await site.call('GET', `/artikel/${slug}`)).statusCode;
    const stored = async (id: string) => (await site.call('GET', `/api/v1/articles/${id}`, { token: site.tokens.editor })).json().article;

    it('publishes a scheduled article when its time comes, not before, as the scheduler', async () => {
      const a = await approvedViaApi(site, { headline: 'Geplant' });
      await act(site, a.id, site.tokens.publisher, 'schedule', { publishAt: IN_ONE_HOUR });

      site.clock.set('2026-03-10T10:59:59Z');
      expect(await site.app.siteScheduler.tick()).toBe(0);
      expect(await page(a.slug)).toBe(404);

      site.clock.set(IN_ONE_HOUR);
      expect(await site.app.siteScheduler.tick()).toBe(1);
      expect(await page(a.slug)).toBe(200);
      const article = await stored(a.id);
      expect(article).toMatchObject({ status: 'published', publishedAt: IN_ONE_HOUR });
      expect(article.statusHistory.at(-1)).toMatchObject({ action: 'auto_publish', actor: { role: 'system' } });
      expect(await site.app.siteScheduler.tick()).toBe(0);
    });

    it('holds a scheduled article whose required checks fail at release time, with a German note, and publishes nothing', async () => {
      const a = await approvedViaApi(site, { headline: 'Angehalten', slug: 'angehalten' });
      await act(site, a.id, site.tokens.publisher, 'schedule', { publishAt: IN_ONE_HOUR });
      // The stored article no longer passes (written by an older site, or the rules got stricter since).
      const row = await site.db.kysely.selectFrom('site_articles').select('doc').where('id', '=', a.id).executeTakeFirstOrThrow();
      const doc = { ...JSON.parse(row.doc), teaser: '', author: '' };
      await site.db.kysely.updateTable('site_articles').set({ doc: JSON.stringify(doc) }).where('id', '=', a.id).execute();

      site.clock.set(IN_ONE_HOUR);
      expect(await site.app.siteScheduler.tick()).toBe(1);
      const held = await stored(a.id);
      expect(held).toMatchObject({ status: 'approved', publishedAt: null, schedule: { publishAt: IN_ONE_HOUR } });
      const entry = held.statusHistory.at(-1);
      expect(entry).toMatchObject({ action: 'auto_hold', from: 'scheduled', to: 'approved', actor: { id: 'system', role: 'system' } });
      expect(entry.note).toMatch(/^Automatische Veröffentlichung angehalten\. Pflichtprüfungen schlagen fehl: /);
      expect(entry.note).toContain('Der Teaser fehlt.');
      expect(entry.note).toContain('Der Autor fehlt.');
      expect(await page(a.slug)).toBe(404);
      // Held once: nothing is due any more.
      expect(await site.app.siteScheduler.tick()).toBe(0);
    });

    it('takes an article down at its expiry', async () => {
      const a = await publishViaApi(site, { headline: 'Befristet' }, { expireAt: IN_ONE_HOUR });
      expect(await page(a.slug)).toBe(200);
      site.clock.set(IN_ONE_HOUR);
      // Hidden at once, even before the scheduler has run …
      expect(await page(a.slug)).toBe(404);
      expect(await site.app.siteScheduler.tick()).toBe(1);
      // … and then unpublished for good.
      expect((await stored(a.id)).status).toBe('unpublished');
    });

    it('applies changes within 5 seconds when its timer runs', async () => {
      const timed = await startTestSite(engine, { schedulerIntervalMs: 100 });
      try {
        const a = await approvedViaApi(timed, { headline: 'Pünktlich' });
        await act(timed, a.id, timed.tokens.publisher, 'schedule', { publishAt: IN_ONE_HOUR });
        timed.clock.set(IN_ONE_HOUR);
        const deadline = Date.now() + 5000;
        let status = 0;
        while (Date.now() < deadline && status !== 200) {
          await new Promise((r) => setTimeout(r, 50));
          status = (await timed.call('GET', `/artikel/${a.slug}`)).statusCode;
        }
        expect(status).toBe(200);
      } finally {
        await timed.close();
      }
    });
  });

  describe.skipIf(skip)(`scheduler across a restart on ${engine}`, () => {
    it('catches up on start: publishes what came due and never shows what expired meanwhile', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-site-'));
      const database = await createTestDatabase(engine, dir);
      try {
        const first = await startTestSite(engine, { database });
        const due = await approvedViaApi(first, { headline: 'Nachts fällig', slug: 'nachts' });
        await act(first, due.id, first.tokens.publisher, 'schedule', { publishAt: IN_ONE_HOUR });
        const missed = await approvedViaApi(first, { headline: 'Verpasst', slug: 'verpasst' });
        await act(first, missed.id, first.tokens.publisher, 'schedule', { publishAt: IN_ONE_HOUR, expireAt: IN_TWO_HOURS });
        await first.close();

        // Down for three hours; the restarted server starts its scheduler and catches up at once.
        const second = await startTestSite(engine, { database, tokens: first.tokens, start: '2026-03-10T13:00:00Z', schedulerIntervalMs: 60_000 });
        try {
          const deadline = Date.now() + 5000;
          while (Date.now() < deadline && (await second.call('GET', '/artikel/nachts')).statusCode !== 200) await new Promise((r) => setTimeout(r, 25));
          expect((await second.call('GET', '/artikel/nachts')).statusCode).toBe(200);
          const missedNow = (await second.call('GET', `/api/v1/articles/${missed.id}`, { token: second.tokens.editor })).json().article;
          expect(missedNow.status).toBe('unpublished');
          expect(missedNow.publishedAt).toBeNull();
          expect((await second.call('GET', '/artikel/verpasst')).statusCode).toBe(404);
        } finally {
          await second.close();
        }
      } finally {
        await database.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
