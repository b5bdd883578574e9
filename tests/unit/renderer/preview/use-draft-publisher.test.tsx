// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import { EditorSessionContext } from '../../../../renderer/src/editor/editor-session';
import { setupI18n } from '../../../../renderer/src/i18n/setup';
import { PREVIEW_CHANNEL } from '../../../../renderer/src/preview/preview-channel';
import { useDraftPublisher } from '../../../../renderer/src/preview/use-draft-publisher';
import { article, session, settle } from '../team/team-fixtures';
import { fakeClient, render, settingsAs } from '../workflow/render-helpers';

function Publisher() {
  useDraftPublisher();
  return null;
}

beforeAll(async () => {
  await setupI18n('de');
});

describe('the draft publisher', () => {
  it('posts nothing before a preview’s hello, answers it with the live draft, then publishes each change, and says gone when the editor closes the article', async () => {
    const heard: Array<Record<string, unknown>> = [];
    const preview = new BroadcastChannel(PREVIEW_CHANNEL);
    preview.onmessage = (e: MessageEvent) => heard.push(e.data as Record<string, unknown>);
    const { client } = fakeClient({ 'ads.config.get': () => SAMPLE_AD_CONFIG }, settingsAs('editor'));
    const stored = article('draft');
    const editing = (headline: string) => (
      <EditorSessionContext.Provider value={{ ...session(stored), draft: { ...stored, headline } }}>
        <Publisher />
      </EditorSessionContext.Provider>
    );
    const view = await render(editing('Stadtwerke erhöhen die Preise'), client);
    try {
      // Another article's preview is no listener of this one.
      preview.postMessage({ type: 'hello', articleId: 'another-article' });
      await view.rerender(editing('Stadtwerke prüfen die Preise'));
      await new Promise((r) => setTimeout(r, 300));
      expect(heard).toEqual([]);

      preview.postMessage({ type: 'hello', articleId: 'article-1' });
      await settle(() => heard.length > 0);
      await new Promise((r) => setTimeout(r, 50));
      expect(heard).toHaveLength(1);
      expect(heard[0]).toMatchObject({ type: 'draft', articleId: 'article-1', timeZone: 'Europe/Berlin', lang: 'de', draft: { headline: 'Stadtwerke prüfen die Preise' } });
      expect(heard[0]!.config).toEqual(SAMPLE_AD_CONFIG);

      heard.length = 0;
      await view.rerender(editing('Stadtwerke senken die Preise'));
      await settle(() => heard.length > 0);
      expect(heard.map((m) => (m.draft as { headline: string }).headline)).toEqual(['Stadtwerke senken die Preise']);

      heard.length = 0;
      view.unmount();
      await settle(() => heard.length > 0);
      expect(heard).toEqual([{ type: 'gone', articleId: 'article-1' }]);
    } finally {
      preview.close();
    }
  });
});
