import { describe, expect, it } from 'vitest';
import { articleFieldsSchema, newArticleFields, normalizeTags, tagSchema } from '../../../../core/article/article';
import { bodyDocSchema } from '../../../../core/article/body-schema';

describe('article fields schema', () => {
  it('accepts a new, empty article', () => {
    expect(articleFieldsSchema.safeParse(newArticleFields('de', 'Aktuelle News')).success).toBe(true);
  });

  it('rejects a headline with a line break and says which field is wrong', () => {
    const result = articleFieldsSchema.safeParse({ ...newArticleFields(), headline: 'Zwei\nZeilen' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['headline']);
  });

  it('rejects slugs with characters a URL would need to escape', () => {
    expect(articleFieldsSchema.safeParse({ ...newArticleFields(), slug: 'über uns' }).success).toBe(false);
    expect(articleFieldsSchema.safeParse({ ...newArticleFields(), slug: 'ueber-uns' }).success).toBe(true);
  });

  it('rejects tags with commas or control characters', () => {
    expect(tagSchema.safeParse('Politik, Wirtschaft').success).toBe(false);
    expect(tagSchema.safeParse('Sport\u0000').success).toBe(false);
    expect(tagSchema.safeParse('  Sport  ').data).toBe('Sport');
  });

  it('normalises tags case-insensitively, keeping the first spelling', () => {
    expect(normalizeTags(['Bundestag', 'bundestag', ' Wahl ', '', 'Wahl'])).toEqual(['Bundestag', 'Wahl']);
  });
});

describe('body schema', () => {
  it('accepts the nodes of the article anatomy', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Zwischentitel' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt' }] }] }] },
        { type: 'blockquote', attrs: { attribution: 'Kanzler' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zitat' }] }] },
        { type: 'figure', attrs: { src: '/media/x.png', mediaId: 'x.png', alt: '', caption: 'Bild', credit: 'dpa' } },
        { type: 'adSlot', attrs: { slotId: null, size: null } },
      ],
    };
    expect(bodyDocSchema.safeParse(doc).success).toBe(true);
  });

  it('rejects unknown nodes, marks and heading levels', () => {
    expect(bodyDocSchema.safeParse({ type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] }).success).toBe(false);
    expect(bodyDocSchema.safeParse({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] }).success).toBe(false);
    expect(
      bodyDocSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'onclick' }] }] }] }).success,
    ).toBe(false);
  });
});
