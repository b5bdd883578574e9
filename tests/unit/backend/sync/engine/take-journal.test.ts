/**
 * A kill between the two writes of a take (the site's version saved into the article, then the
 * base): the next start must merge against the version the article holds, not the older base.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSyncEngine } from '../../../../../backend/sync/engine/sync-engine';
import { createSyncFiles, type SyncFiles } from '../../../../../backend/sync/sync-files';
import { createReferenceSiteTarget } from '../../../../../backend/sync/targets/reference-site/reference-site-target';
import { bodyOf, siteAndApp } from '../support';

const ctx = siteAndApp('each');

function engineOver(files: SyncFiles) {
  const target = createReferenceSiteTarget({ url: ctx.site().url, token: ctx.site().tokens.editor, timeoutMs: 2000 });
  return createSyncEngine({ target, store: ctx.app().store, articles: ctx.app().articles, files, tickMs: 0, debounceMs: 5, backoff: { baseMs: 1, maxMs: 2 } });
}

/** The site changes the source (a field the app leaves alone) as a colleague would. */
async function siteSetsSource(id: string, source: string) {
  const got = await ctx.site().api('GET', `/articles/${id}`);
  const put = await ctx.site().api('PUT', `/articles/${id}`, { baseRev: got.body.article.rev, fields: { source } });
  expect(put.status).toBe(200);
}

describe('a take cut by a kill', () => {
  for (const localEditToo of [false, true]) {
    it(`the site's next edit merges cleanly${localEditToo ? ' (with a local edit waiting)' : ''}`, async () => {
      const dir = path.join(ctx.app().dataDir, 'sync', 'journal');
      const { articles, store } = ctx.app();
      const first = engineOver(createSyncFiles(dir));
      await first.start();
      const a = await articles.create('de', 'Lokales');
      await articles.save(a.id, a.rev, { headline: 'Stadtrat tagt', body: bodyOf('Eins') });
      await first.syncNow();
      await first.close();
      await siteSetsSource(a.id, 'Quelle A');
      if (localEditToo) {
        const now = await store.get(a.id);
        await articles.save(a.id, now.rev, { body: bodyOf('Eins', 'Zwei') });
      }

      // The second start dies right after saving the site's version: its base write never happens.
      const real = createSyncFiles(dir);
      const dying = engineOver({ ...real, writeBase: () => Promise.reject(new Error('killed')) });
      await dying.start();
      await dying.syncNow();
      expect((await store.get(a.id)).source).toBe('Quelle A');
      await dying.close().catch(() => {}); // the kill: no second writer in the directory after it

      await siteSetsSource(a.id, 'Quelle B');
      const third = engineOver(createSyncFiles(dir));
      await third.start();
      await third.syncNow();
      await third.syncNow();
      expect(third.conflictIds()).toEqual([]);
      const local = await store.get(a.id);
      expect(local.source).toBe('Quelle B');
      expect(local.body).toEqual(bodyOf('Eins', ...(localEditToo ? ['Zwei'] : [])));
      const remote = await ctx.site().api('GET', `/articles/${a.id}`);
      expect(remote.body.article.fields?.body ?? remote.body.article.body).toEqual(local.body);
      await third.close();
    });
  }
});
