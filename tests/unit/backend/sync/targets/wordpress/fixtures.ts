import type { Article } from '../../../../../../core/article/article';
import type { BodyNode } from '../../../../../../core/article/body-schema';

export const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** An article shaped like the site's real pages: marks, heading, quote, list, figure, ad markers, source. */
export function wpArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'wp-article-0001',
    rev: 1,
    bodySchema: 1,
    status: 'draft',
    schedule: null,
    statusHistory: [],
    createdAt: '2026-11-27T08:00:00Z',
    updatedAt: '2026-11-28T23:30:00Z',
    language: 'de',
    section: 'Aktuelle News',
    headline: 'Stadtrat beschließt neuen Radweg',
    teaser: 'Nach langer Debatte gibt es eine Mehrheit für den Ausbau.',
    author: 'Anna Schmidt',
    leadImage: { mediaId: null, alt: '', credit: '' },
    body: {
      type: 'doc',
      content: [
        para('Erster Absatz über den Radweg.'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Laut ' },
            { type: 'text', text: 'Verwaltung', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' und ' },
            { type: 'text', text: 'Rat', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' steht fest: ' },
            { type: 'text', text: 'Details', marks: [{ type: 'link', attrs: { href: 'https://example.org/details?a=1&b=2' } }] },
          ],
        },
        { type: 'adSlot', attrs: { slotId: 'house-app', size: '300x250' } },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Was sich ändert' }] },
        para('Zweiter Absatz.'),
        { type: 'blockquote', attrs: { attribution: 'Bürgermeisterin Meier' }, content: [para('Das ist ein guter Tag.')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [para('Punkt eins')] }, { type: 'listItem', content: [para('Punkt zwei')] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para('Drei')] }] },
        { type: 'figure', attrs: { src: 'https://example.org/bild.jpg', mediaId: null, alt: 'Ein Bild', caption: 'Die Strecke', credit: 'Stadt Musterstadt' } },
        { type: 'horizontalRule' },
        { type: 'adSlot', attrs: { slotId: 'casino-1', size: '' } },
        para('Letzter Absatz.'),
      ],
    },
    tags: ['Verkehr', 'Radweg', 'Stadtrat'],
    source: 'dpa, eigene Recherche',
    slug: 'stadtrat-beschliesst-radweg',
    seo: { title: '', description: '' },
    noAds: false,
    adOverrides: [],
    ...overrides,
  };
}
