import { describe, expect, it } from 'vitest';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import { newArticleFields } from '../../../../core/article/article';
import { previewPath, readPreviewMessage, standalonePreviewArticle } from '../../../../renderer/src/preview/preview-channel';

const id = 'article-123';
const draft = { ...newArticleFields('de'), headline: '<script>alert(1)</script>' };
const message = { type: 'draft', articleId: id, article: { ...draft, id }, draft, config: SAMPLE_AD_CONFIG, timeZone: 'Europe/Berlin', lang: 'de' };

describe('the preview channel', () => {
  it('takes the draft of the article the preview shows, and hello and gone for it', () => {
    expect(readPreviewMessage(message, id)).toEqual(message);
    expect(readPreviewMessage({ type: 'hello', articleId: id, extra: 1 }, id)).toEqual({ type: 'hello', articleId: id });
    expect(readPreviewMessage({ type: 'gone', articleId: id }, id)).toEqual({ type: 'gone', articleId: id });
  });

  it("ignores other articles' drafts and anything malformed", () => {
    expect(readPreviewMessage(message, 'article-456')).toBeNull();
    expect(readPreviewMessage({ ...message, article: { ...draft, id: 'article-456' } }, id)).toBeNull();
    for (const bad of [null, 'draft', 42, [], { ...message, type: 'render' }, { ...message, draft: null }, { ...message, draft: { ...draft, body: 'x' } }, { ...message, config: { slots: 'x' } }, { ...message, timeZone: 5 }, { ...message, lang: 'fr' }]) {
      expect(readPreviewMessage(bad, id)).toBeNull();
    }
  });

  it('names the standalone route by view and article id, and nothing else', () => {
    expect(previewPath(id)).toBe('/index.html?view=preview&article=article-123');
    expect(standalonePreviewArticle('?view=preview&article=article-123')).toBe(id);
    expect(standalonePreviewArticle(new URL(`http://127.0.0.1${previewPath(id)}`).search)).toBe(id);
    for (const other of ['', '?token=abc', '?view=preview', '?article=article-123', '?view=app&article=article-123', '?view=preview&article=..%2F..%2Fetc', '?view=preview&article=x']) {
      expect(standalonePreviewArticle(other)).toBeNull();
    }
  });
});
