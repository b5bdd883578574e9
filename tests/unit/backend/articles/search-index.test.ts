import { describe, expect, it } from 'vitest';
import { newArticleFields, type Article } from '../../../../core/article/article';
import { createSearchIndex } from '../../../../backend/articles/search-index';

let counter = 0;
function article(overrides: Partial<Article> & { text?: string } = {}): Article {
  const { text = 'Kein besonderer Inhalt.', ...rest } = overrides;
  counter++;
  return {
    ...newArticleFields('de', 'Politik'),
    id: `article-${counter}`,
    rev: 0,
    bodySchema: 1,
    status: 'draft',
    schedule: null,
    statusHistory: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    ...rest,
  };
}

describe('createSearchIndex', () => {
  it('finds an article by a word of its body', () => {
    const index = createSearchIndex();
    const hit = article({ text: 'Die Feuerwehr rückte mit drei Löschzügen an.' });
    index.add(hit);
    index.add(article({ text: 'Das Wetter bleibt heiter.' }));
    expect(index.search('Löschzügen').map((h) => h.id)).toEqual([hit.id]);
  });

  it('finds an article by a prefix, ignoring case', () => {
    const index = createSearchIndex();
    const hit = article({ headline: 'Haushaltsdebatte im Landtag' });
    index.add(hit);
    index.add(article({ headline: 'Fußball am Wochenende' }));
    expect(index.search('haushalt').map((h) => h.id)).toEqual([hit.id]);
  });

  it('keeps umlauts and ß inside words', () => {
    const index = createSearchIndex();
    const hit = article({ text: 'Die Straßenbahn fährt wieder über die Brücke.' });
    index.add(hit);
    expect(index.search('STRASSENBAHN')).toEqual([]);
    expect(index.search('straßenbahn').map((h) => h.id)).toEqual([hit.id]);
    expect(index.search('Brücke').map((h) => h.id)).toEqual([hit.id]);
  });

  it('forgives one typo in a longer word of the headline', () => {
    const index = createSearchIndex();
    const hit = article({ headline: 'Bundesregierung plant neue Gesetze' });
    index.add(hit);
    expect(index.search('Bundesregirung').map((h) => h.id)).toEqual([hit.id]);
  });

  it('matches body words whole, so a short prefix does not match every body', () => {
    const index = createSearchIndex();
    index.add(article({ text: 'Die Bundesregierung plant neue Gesetze.' }));
    expect(index.search('Bundesreg')).toEqual([]);
    expect(index.search('Bundesregierung')).toHaveLength(1);
  });

  it('finds an article when query words match in different fields', () => {
    const index = createSearchIndex();
    const hit = article({ headline: 'Streik bei der Bahn', text: 'Pendler warten in Hamburg.' });
    index.add(hit);
    index.add(article({ headline: 'Streik im Hafen', text: 'Schiffe warten in Bremen.' }));
    expect(index.search('Streik Hamburg').map((h) => h.id)).toEqual([hit.id]);
  });

  it('ranks a headline match above a body match and searches tags, author and section', () => {
    const index = createSearchIndex();
    const inBody = article({ text: 'Am Rande ging es auch um Windkraft.' });
    const inHeadline = article({ headline: 'Windkraft im Aufwind' });
    index.add(inBody);
    index.add(inHeadline);
    expect(index.search('Windkraft').map((h) => h.id)).toEqual([inHeadline.id, inBody.id]);

    const tagged = article({ tags: ['Energiewende'], author: 'Erika Mustermann', section: 'Wirtschaft' });
    index.add(tagged);
    expect(index.search('Energiewende').map((h) => h.id)).toEqual([tagged.id]);
    expect(index.search('Mustermann').map((h) => h.id)).toEqual([tagged.id]);
    expect(index.search('Wirtschaft').map((h) => h.id)).toEqual([tagged.id]);
  });

  it('requires every query word to match', () => {
    const index = createSearchIndex();
    const both = article({ text: 'Bahnstreik legt Pendlerverkehr lahm.' });
    index.add(both);
    index.add(article({ text: 'Bahnstreik beendet.' }));
    expect(index.search('Bahnstreik Pendlerverkehr').map((h) => h.id)).toEqual([both.id]);
  });

  it('follows updates and removals, and honours the limit', () => {
    const index = createSearchIndex();
    const a = article({ headline: 'Alter Titel' });
    index.add(a);
    index.update({ ...a, headline: 'Neuer Titel', rev: 1 });
    expect(index.search('Alter')).toEqual([]);
    expect(index.search('Neuer').map((h) => h.id)).toEqual([a.id]);
    index.remove(a.id);
    expect(index.search('Neuer')).toEqual([]);
    for (let i = 0; i < 5; i++) index.add(article({ headline: 'Gleich' }));
    expect(index.search('Gleich', { limit: 3 })).toHaveLength(3);
    expect(index.search('   ')).toEqual([]);
  });

  it('builds from an async iterable, yielding to the event loop every N articles', async () => {
    const index = createSearchIndex();
    const articles = Array.from({ length: 50 }, (_, i) => article({ headline: `Meldung ${i}` }));
    let pulled = 0;
    let otherWorkRanAfter = -1;
    setImmediate(() => (otherWorkRanAfter = pulled));
    async function* source() {
      for (const a of articles) {
        pulled++;
        yield a;
      }
    }
    const added = await index.buildFrom(source(), { yieldEvery: 10 });
    expect(added).toBe(50);
    expect(index.count()).toBe(50);
    // Other work got its turn after the first 10 articles, not only after all 50.
    expect(otherWorkRanAfter).toBe(10);
    expect(index.search('Meldung', { limit: 100 })).toHaveLength(50);
  });
});
