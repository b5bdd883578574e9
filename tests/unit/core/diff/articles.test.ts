import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../../../core/diff/articles';
import { para, readyArticle } from '../checklist/article-fixture';

describe('diffArticles', () => {
  it('lists every field and marks none changed for identical versions', () => {
    const diffs = diffArticles(readyArticle(), readyArticle());
    expect(diffs.map((d) => d.field)).toEqual([
      'headline', 'teaser', 'section', 'author', 'body', 'leadImage.mediaId', 'leadImage.alt', 'leadImage.credit',
      'tags', 'source', 'slug', 'seo.title', 'seo.description', 'language', 'noAds',
    ]);
    expect(diffs.filter((d) => d.changed)).toEqual([]);
  });

  it('reports exactly the fields that changed, with word-level parts', () => {
    const before = readyArticle();
    const after = readyArticle({
      headline: 'Stadtrat beschließt neuen breiten Radweg am Ring',
      leadImage: { ...before.leadImage, credit: 'dpa' },
      seo: { ...before.seo, description: 'Neu.' },
      noAds: true,
    });
    const changed = diffArticles(before, after).filter((d) => d.changed);
    expect(changed.map((d) => d.field)).toEqual(['headline', 'leadImage.credit', 'seo.description', 'noAds']);
    const headline = changed[0]!;
    const edits = headline.parts.filter((p) => p.op !== 'equal');
    expect(edits.map((p) => [p.op, p.text.trim()])).toEqual([['insert', 'breiten']]);
    expect(headline.label).toEqual({ de: 'Überschrift', en: 'Headline' });
    expect(changed.at(-1)).toMatchObject({ kind: 'flag', before: 'false', after: 'true' });
  });

  it('compares the body by its text, block by block', () => {
    const before = readyArticle({ body: { type: 'doc', content: [para('Erster Absatz.'), para('Zweiter Absatz.')] } });
    const after = readyArticle({ body: { type: 'doc', content: [para('Erster Absatz.'), para('Neuer Absatz.'), para('Zweiter Absatz.')] } });
    const body = diffArticles(before, after).find((d) => d.field === 'body')!;
    expect(body.changed).toBe(true);
    expect(body.parts.filter((p) => p.op === 'delete')).toEqual([]);
    expect(body.parts.filter((p) => p.op === 'insert').map((p) => p.text).join('')).toBe('Neuer Absatz.\n');
  });

  it('diffs tags as whole items', () => {
    const tags = diffArticles(readyArticle({ tags: ['Verkehr', 'Köln'] }), readyArticle({ tags: ['Verkehr', 'Radverkehr'] })).find((d) => d.field === 'tags')!;
    expect(tags).toMatchObject({ kind: 'list', changed: true, before: 'Verkehr, Köln', after: 'Verkehr, Radverkehr' });
    expect(tags.parts).toEqual([
      { op: 'equal', text: 'Verkehr' },
      { op: 'delete', text: 'Köln' },
      { op: 'insert', text: 'Radverkehr' },
    ]);
  });
});
