import type { Article } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';

/** A paragraph of `words` words (plain text). */
export const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
export const words = (n: number, word = 'Wort'): string => Array.from({ length: n }, () => word).join(' ');

/** A German article shaped like the real page: quote, list, figure, links, tags, source. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-0001',
    rev: 3,
    bodySchema: 1,
    status: 'published',
    createdAt: '2026-11-27T08:00:00Z',
    updatedAt: '2026-11-28T23:30:00Z',
    language: 'de',
    section: 'Aktuelle News',
    headline: 'Stadtrat beschließt neuen Radweg',
    teaser: 'Nach langer Debatte gibt es eine Mehrheit für den Ausbau.',
    author: 'Anna Schmidt',
    leadImage: { mediaId: 'img-lead', alt: 'Ein Radweg', credit: 'Max Muster / Stadt' },
    body: {
      type: 'doc',
      content: [
        para(words(40, 'Erster')),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Laut ' },
            { type: 'text', text: 'Verwaltung', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' und ' },
            { type: 'text', text: 'Rat', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' steht fest: ' },
            { type: 'text', text: 'Details', marks: [{ type: 'link', attrs: { href: 'https://example.org/details' } }] },
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Was sich ändert' }] },
        para(words(60, 'Dritter')),
        { type: 'blockquote', attrs: { attribution: 'Bürgermeisterin Meier' }, content: [para('Das ist ein guter Tag.')] },
        para(words(50, 'Fünfter')),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para('Punkt eins')] },
            { type: 'listItem', content: [para('Punkt zwei')] },
          ],
        },
        para(words(50, 'Siebter')),
        { type: 'figure', attrs: { mediaId: 'img-2', alt: 'Karte', caption: 'Der neue Verlauf', credit: 'Stadtplanung' } },
        para(words(60, 'Neunter')),
        para(words(60, 'Zehnter')),
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Wie es weitergeht' }] },
        para(words(60, 'Zwölfter')),
        para(words(60, 'Dreizehnter')),
      ],
    },
    tags: ['Verkehr', 'Stadtrat', 'Radweg'],
    source: 'dpa',
    slug: 'stadtrat-radweg',
    seo: { title: '', description: '' },
    noAds: false,
    schedule: null,
    statusHistory: [],
    adOverrides: [],
    ...overrides,
  };
}
