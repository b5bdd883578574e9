import fc from 'fast-check';
import { LANGUAGES, newArticleFields, type ArticleFields } from '../../../../core/article/article';
import type { BodyDoc, BodyNode } from '../../../../core/article/body-schema';

/** German words with umlauts and ß, for text that looks like an article. */
export const GERMAN_WORDS = ['Übernahme', 'Größte', 'Straßenbahn', 'Köln', 'Äpfel', 'Öl', 'Fußball', 'über', 'Bürger', 'Maßnahmen', 'Zölle', '2025', '12.000', '3,5', 'sagte', '„Zitat“'];

/** Any single-line text up to `max` characters (any unicode, line breaks removed). */
export const singleLine = (max: number) =>
  fc.oneof(fc.string({ maxLength: max }), fc.string({ unit: 'binary', maxLength: max }), fc.array(fc.constantFrom(...GERMAN_WORDS)).map((w) => w.join(' '))).map((s) => s.replace(/[\r\n]/g, ' ').slice(0, max));

/** Link targets good and bad: URLs, mailto, javascript:, relative paths, control characters. */
export const anyHref = fc.oneof(
  fc.webUrl(),
  fc.emailAddress().map((a) => `mailto:${a}`),
  fc.constantFrom('javascript:alert(1)', 'java\tscript:alert(1)', '/relativ', '', 'https://exa\u200bmple.de', ' https://example.de ', 'mailto:'),
  fc.string({ maxLength: 60 }),
);

const text: fc.Arbitrary<BodyNode> = fc
  .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.constantFrom(...GERMAN_WORDS)), fc.option(anyHref, { nil: undefined }), fc.boolean())
  .map(([t, href, bold]) => {
    const marks = [...(bold ? [{ type: 'bold' as const }] : []), ...(href !== undefined ? [{ type: 'link' as const, attrs: { href } }] : [])];
    return marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t };
  });

const inline = fc.array(fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constant<BodyNode>({ type: 'hardBreak' }) }), { maxLength: 6 });
const paragraph = inline.map((content): BodyNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' }));
const heading = fc.tuple(fc.constantFrom(2, 3), inline).map(([level, content]): BodyNode => ({ type: 'heading', attrs: { level }, content }));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps): BodyNode => ({ type: 'bulletList', content: ps.map((p) => ({ type: 'listItem', content: [p] })) }));
const quote = fc.tuple(paragraph, fc.string({ maxLength: 40 })).map(([p, attribution]): BodyNode => ({ type: 'blockquote', attrs: { attribution }, content: [p] }));
const figure = fc.string({ maxLength: 40 }).map((caption): BodyNode => ({ type: 'figure', attrs: { src: '/media/x.png', mediaId: 'x.png', alt: '', caption, credit: 'dpa' } }));

/** Bodies the body schema accepts (the link targets in them may still be unsafe: the schema cleans those). */
export const bodyArb: fc.Arbitrary<BodyDoc> = fc
  .array(fc.oneof(paragraph, heading, list, quote, figure, fc.constant<BodyNode>({ type: 'horizontalRule' })), { maxLength: 8 })
  .map((content) => ({ type: 'doc', content }));

const tag = fc.oneof(fc.constantFrom('Politik', 'politik', 'Köln', 'Wahl 2025', 'ÖPNV'), fc.string({ minLength: 1, maxLength: 60 })).filter((t) => t.trim() !== '' && !/[,\p{Cc}]/u.test(t)).map((t) => t.trim());

/** Editor fields as an editor could have saved them (valid for articleFieldsSchema). */
export const articleFieldsArb: fc.Arbitrary<ArticleFields> = fc
  .record({
    language: fc.constantFrom(...LANGUAGES),
    section: singleLine(80),
    headline: singleLine(300),
    teaser: fc.string({ maxLength: 300 }),
    author: singleLine(200),
    body: bodyArb,
    tags: fc.array(tag, { maxLength: 50 }),
    source: fc.string({ maxLength: 100 }),
    seoTitle: singleLine(200),
    seoDescription: fc.string({ maxLength: 500 }),
    noAds: fc.boolean(),
  })
  .map(({ seoTitle, seoDescription, ...f }) => ({ ...newArticleFields(f.language, f.section), ...f, seo: { title: seoTitle, description: seoDescription } }));
