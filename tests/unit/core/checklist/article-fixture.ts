import { newArticleFields, type ArticleFields } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';

/** A paragraph node with plain text. */
export const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A paragraph whose text is a link. */
export const linkPara = (text: string, href: string): BodyNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
});

/** An article that passes every pre-flight check; tests break one thing at a time. */
export function readyArticle(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    ...newArticleFields('de', 'Aktuelle News'),
    headline: 'Stadtrat beschließt neuen Radweg am Ring',
    teaser: 'Nach langer Debatte gibt es eine Mehrheit für den Umbau.',
    author: 'Anna Schmidt',
    leadImage: { mediaId: 'media-1', alt: 'Radweg', credit: 'Stadt Köln' },
    body: { type: 'doc', content: [para('Der Umbau beginnt im Frühjahr.'), linkPara('Mehr dazu', 'https://example.org/radweg')] },
    tags: ['Verkehr'],
    source: '',
    slug: 'stadtrat-radweg',
    seo: { title: 'Radweg', description: 'Der Stadtrat hat den Radweg beschlossen.' },
    ...overrides,
  };
}
