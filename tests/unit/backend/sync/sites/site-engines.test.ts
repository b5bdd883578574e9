import { describe, expect, it } from 'vitest';
import type { ArticleStore } from '../../../../../backend/articles/store/article-store';
import { createFileSecretBox } from '../../../../../backend/storage/key-file-box';
import { createSyncService } from '../../../../../backend/sync/sync-service';
import { siteAndApp } from '../support';

const ctx = siteAndApp('each');

/** The app's store, counting who listens to its changes (each running engine listens once). */
function countingListeners(store: ArticleStore): { store: ArticleStore; listeners: () => number } {
  let listeners = 0;
  const counted: ArticleStore = {
    ...store,
    onChange(listener) {
      listeners++;
      const off = store.onChange(listener);
      return () => {
        listeners--;
        off();
      };
    },
  };
  return { store: counted, listeners: () => listeners };
}

const serviceOver = (store: ArticleStore) =>
  createSyncService({ dataDir: ctx.app().dataDir, store, articles: ctx.app().articles, secretBox: createFileSecretBox(ctx.app().dataDir), profileRole: async () => 'editor', engineOptions: { tickMs: 0 } });

describe('one engine per site', () => {
  it('starts a site known from sites.json once, and a replaced embedded site leaves no engine behind', async () => {
    const first = await serviceOver(ctx.app().store);
    await first.useEmbeddedSite({ url: ctx.site().url, tokens: ctx.site().tokens });
    await first.close();

    const { store, listeners } = countingListeners(ctx.app().store);
    const service = await serviceOver(store);
    await service.start();
    expect(listeners()).toBe(1);
    // The host hands the embedded site over again at every launch: the old engine must go.
    await service.useEmbeddedSite({ url: ctx.site().url, tokens: ctx.site().tokens });
    expect(listeners()).toBe(1);
    await service.close();
    expect(listeners()).toBe(0);
  });
});
