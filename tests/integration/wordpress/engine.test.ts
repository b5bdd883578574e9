import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article';
import { createMediaStore } from '../../../backend/articles/media/media-store';
import { createArticleService } from '../../../backend/articles/article-service';
import { createSearchIndex } from '../../../backend/articles/search-index';
import { createArticleStore } from '../../../backend/articles/store/json-article-store';
import { createSyncEngine } from '../../../backend/sync/engine/sync-engine';
import { createSyncFiles } from '../../../backend/sync/sync-files';
import { createFileSecretBox } from '../../../backend/storage/key-file-box';
import { createSyncService } from '../../../backend/sync/sync-service';
import { PUBLISHED_EARLY_NOTE } from '../../../core/sync/sync-target';
import { adminRest, fixtureImage, RUN, SKIP, target, WP } from './wp-test-kit';

type Post = { id: number; status: string; date_gmt: string; title: { raw: string }; content: { raw: string }; excerpt: { raw: string }; tags: number[]; featured_media: number };

/**
 * The app end to end against a real WordPress: an article written in the app's store goes
 * through the sync engine (outbox, merge) to WordPress as a scheduled post with tags, a
 * featured image and ad markers; an edit made in WordPress comes back; an edit made in the app
 * goes out. Nothing but the target differs from syncing to the reference site.
 */
describe.skipIf(SKIP)('the sync engine with the WordPress target', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-wp-engine-'));
  const store = createArticleStore({ dataDir });
  const articles = createArticleService(store, createSearchIndex());
  const media = createMediaStore(dataDir);
  let engine: ReturnType<typeof createSyncEngine>;
  let article: Article;

  beforeAll(async () => {
    await store.open();
    const wp = target({
      loadMedia: async (id) => {
        const file = await media.file(id);
        return file ? { bytes: new Uint8Array(await readFile(file.path)), mime: file.mime } : null;
      },
    });
    engine = createSyncEngine({ target: wp, store, articles, files: createSyncFiles(path.join(dataDir, 'sync', 'wp')), tickMs: 0, debounceMs: 10 });
    await engine.start();
  });
  afterAll(async () => {
    await engine?.close();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const remoteIdOf = async (id: string): Promise<string> => {
    const found = await adminRest<Post[]>('/wp/v2/posts', { query: { search: `article="${id}"`, status: 'any', context: 'edit' } });
    expect(found.data).toHaveLength(1);
    return String(found.data[0]!.id);
  };
  const post = async (remoteId: string) => (await adminRest<Post>(`/wp/v2/posts/${remoteId}`, { query: { context: 'edit' } })).data;

  it('publishes a scheduled article with tags, a featured image and ad markers', async () => {
    const image = await media.put(Buffer.from(fixtureImage('harbour.png')).toString('base64'));
    const created = await articles.create('de', 'Aktuelle News');
    const publishAt = new Date(Date.now() + 10 * 60_000);
    publishAt.setUTCSeconds(0, 0);
    await articles.save(created.id, created.rev, {
      headline: `Hafenfest ${RUN} startet am Freitag`,
      teaser: 'Drei Tage Musik am Wasser.',
      author: 'Anna Schmidt',
      leadImage: { mediaId: image.id, alt: 'Der Hafen', credit: 'Stadt / Presseamt' },
      tags: [`Hafenfest-${RUN}`, 'Stadtleben'],
      source: 'Stadtverwaltung',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Das Fest beginnt am Freitag um 18 Uhr.' }] },
          { type: 'adSlot', attrs: { slotId: 'in-article', size: null } },
          { type: 'paragraph', content: [{ type: 'text', text: 'Am Samstag spielen fünf Bands.' }] },
        ],
      },
    });
    const current = await store.get(created.id);
    article = await store.replace({ ...current, status: 'scheduled', schedule: { publishAt: publishAt.toISOString() } });

    await engine.flush();
    await engine.syncNow();
    expect(engine.statusOf(article.id)).toEqual({ state: 'synced', reason: null });

    const p = await post(await remoteIdOf(article.id));
    expect(p.status).toBe('future');
    expect(p.date_gmt).toBe(publishAt.toISOString().slice(0, 19));
    expect(p.title.raw).toBe(`Hafenfest ${RUN} startet am Freitag`);
    expect(p.excerpt.raw).toContain('Drei Tage Musik am Wasser.');
    expect(p.content.raw).toContain('copydesk-ad');
    expect(p.content.raw).toContain('Stadt / Presseamt');
    expect(p.tags).toHaveLength(2);
    expect(p.featured_media).toBeGreaterThan(0);
  });

  it('brings an edit made in WordPress into the app, and sends an edit made in the app to WordPress', async () => {
    const remoteId = await remoteIdOf(article.id);
    expect((await adminRest(`/wp/v2/posts/${remoteId}`, { method: 'POST', json: { title: `Hafenfest ${RUN}: Programm steht` } })).status).toBe(200);
    // modified_gmt has whole seconds: make the next local edit land in a later second.
    await new Promise((r) => setTimeout(r, 1100));
    await engine.syncNow();
    const local = await store.get(article.id);
    expect(local.headline).toBe(`Hafenfest ${RUN}: Programm steht`);

    await articles.save(local.id, local.rev, { teaser: 'Drei Tage Musik und Markt am Wasser.' });
    await engine.flush();
    await engine.syncNow();
    const p = await post(remoteId);
    expect(p.excerpt.raw).toContain('Drei Tage Musik und Markt am Wasser.');
    expect(p.title.raw).toBe(`Hafenfest ${RUN}: Programm steht`);
    expect(engine.statusOf(article.id)).toEqual({ state: 'synced', reason: null });
  });
});

describe.skipIf(SKIP)('a WordPress site added like a user adds it (Sites), with its options', () => {
  it('writes Advanced Ads placements and says when WordPress published a post at once', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-wp-service-'));
    const store = createArticleStore({ dataDir });
    await store.open();
    const articles = createArticleService(store, createSearchIndex());
    const service = await createSyncService({
      dataDir,
      store,
      articles,
      secretBox: createFileSecretBox(dataDir),
      profileRole: async () => 'publisher',
      engineOptions: { tickMs: 0, debounceMs: 10 },
    });
    try {
      await service.start();
      await service.add({ kind: 'wordpress', url: WP!.url, user: WP!.user, appPassword: WP!.appPassword, options: { adMarker: 'advanced-ads', unpublishedAs: 'private' } });
      const created = await articles.create('de', 'Aktuelle News');
      await articles.save(created.id, created.rev, {
        headline: `Eilmeldung ${RUN}`,
        teaser: 'Kurz.',
        author: 'Anna Schmidt',
        tags: [`Eil-${RUN}`],
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Erster Absatz.' }] },
            { type: 'adSlot', attrs: { slotId: 'in-article', size: null } },
            { type: 'paragraph', content: [{ type: 'text', text: 'Zweiter Absatz.' }] },
          ],
        },
      });
      // Scheduled 30 s ahead: WordPress would publish it at once; Copydesk does so deliberately and says so.
      const current = await store.get(created.id);
      await store.replace({ ...current, status: 'scheduled', schedule: { publishAt: new Date(Date.now() + 30_000).toISOString().replace(/\.\d+Z$/, '.000Z') } });
      await new Promise((r) => setTimeout(r, 100));
      await service.syncNow();
      const found = await adminRest<Post[]>('/wp/v2/posts', { query: { search: `article="${created.id}"`, status: 'any', context: 'edit' } });
      expect(found.data).toHaveLength(1);
      expect(found.data[0]!.status).toBe('publish');
      expect(found.data[0]!.content.raw).toContain('[the_ad_placement id="in-article"]');
      expect(service.status().articles[created.id]).toEqual({ state: 'synced', reason: PUBLISHED_EARLY_NOTE });
    } finally {
      await service.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
