/*
 * Audit: every value core/article derives that a zod schema validates afterwards. Each property
 * feeds arbitrary input to the derivation and checks that its output passes the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  LANGUAGES, SECTION_MAX_LENGTH, TAGS_MAX_COUNT, TAG_MAX_LENGTH, articleFieldsSchema, articleSummarySchema, newArticleFields, normalizeTags, tagKey, tagSchema,
} from '../../../../core/article/article';
import { bodyDocSchema } from '../../../../core/article/body-schema';
import { editorFieldsOf, pickEditorFields } from '../../../../core/article/fields';
import { countWords, bodyPlainText, readingMinutes } from '../../../../core/text/body-text';
import { articleFieldsArb, bodyArb, GERMAN_WORDS } from './arbitraries';

const tagsSchema = z.array(tagSchema).max(TAGS_MAX_COUNT);

/** Raw tag lists as they arrive from old files (comma lists), WordPress, the site or a paste. */
const rawTags = fc.array(
  fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', minLength: 55, maxLength: 70 }),
    fc.constantFrom(...GERMAN_WORDS, 'Politik, Wirtschaft', 'Sport\u0000', '\tKöln\n', ' ', '', ',', 'x'.repeat(61), `${'ü'.repeat(59)}😀`),
  ),
  { maxLength: 80 },
);

describe('normalizeTags -> z.array(tagSchema).max(50)', () => {
  it('property: the normalised tags always pass the schema, with no two tags alike', () => {
    fc.assert(
      fc.property(rawTags, (raw) => {
        const tags = normalizeTags(raw);
        const parsed = tagsSchema.safeParse(tags);
        expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
        // The schema trims; normalised tags are trimmed already, so nothing changes on the way.
        expect(parsed.data).toEqual(tags);
        expect(new Set(tags.map(tagKey)).size).toBe(tags.length);
      }),
      { numRuns: 400 },
    );
  });

  it('property: idempotent, and tags that pass already keep their first spelling and order', () => {
    fc.assert(
      fc.property(rawTags, (raw) => {
        const tags = normalizeTags(raw);
        expect(normalizeTags(tags)).toEqual(tags);
        const good = raw.filter((t) => tagSchema.safeParse(t).success).map((t) => t.trim());
        const firstSpellings = good.filter((t, i) => good.findIndex((u) => tagKey(u) === tagKey(t)) === i).slice(0, TAGS_MAX_COUNT);
        if (good.length === raw.length) expect(tags).toEqual(firstSpellings);
      }),
      { numRuns: 300 },
    );
  });

  it('regression: tags from an old comma list or a paste that the schema refused are cleaned, not kept', () => {
    expect(normalizeTags(['Sport\u0000', 'A,B', 'Politik, Wirtschaft', `${'x'.repeat(61)}`, '\tKöln\n'])).toEqual(['Sport', 'A B', 'Politik Wirtschaft', 'x'.repeat(TAG_MAX_LENGTH), 'Köln']);
    expect(normalizeTags(Array.from({ length: 60 }, (_, i) => `Tag ${i}`))).toHaveLength(TAGS_MAX_COUNT);
    // Lengths count code points, as the schema does: an emoji is one character and is never split.
    expect(normalizeTags([`${'ü'.repeat(59)}😀`])).toEqual([`${'ü'.repeat(59)}😀`]);
    expect(normalizeTags([`${'ü'.repeat(59)}😀😀`])).toEqual([`${'ü'.repeat(59)}😀`]);
  });
});

describe('newArticleFields -> articleFieldsSchema', () => {
  it('property: an empty draft is valid for any language and any section text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Politik\nWirtschaft', 'x'.repeat(81), '\r\n')), (language, section) => {
        const fields = newArticleFields(language, section);
        expect(articleFieldsSchema.safeParse(fields).success).toBe(true);
        expect(fields.section.length).toBeLessThanOrEqual(SECTION_MAX_LENGTH);
      }),
    );
  });

  it('regression: a section with a line break or over 80 characters no longer makes the new draft invalid', () => {
    expect(newArticleFields('de', 'Politik\nWirtschaft').section).toBe('Politik Wirtschaft');
    expect(articleFieldsSchema.safeParse(newArticleFields('de', 'x'.repeat(81))).success).toBe(true);
  });
});

describe('editorFieldsOf / pickEditorFields -> articleFieldsSchema', () => {
  it('property: the editor fields of valid fields are valid, in the schema key order', () => {
    fc.assert(
      fc.property(articleFieldsArb, (fields) => {
        const parsed = articleFieldsSchema.parse(fields);
        expect(articleFieldsSchema.safeParse(editorFieldsOf(parsed)).success).toBe(true);
        expect(Object.keys(editorFieldsOf(parsed))).toEqual(Object.keys(articleFieldsSchema.shape));
        expect(articleFieldsSchema.partial().safeParse(pickEditorFields({ ...parsed, rev: 3, id: 'x' } as never)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('body schema cleaning -> bodyDocSchema', () => {
  it('property: a body the schema cleaned passes the schema again unchanged (idempotent)', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const once = bodyDocSchema.parse(body);
        expect(bodyDocSchema.parse(once)).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('word count -> articleSummarySchema.wordCount', () => {
  it('property: countWords(bodyPlainText(body)) is a non-negative integer and reading time at least a minute', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const words = countWords(bodyPlainText(body));
        expect(articleSummarySchema.shape.wordCount.safeParse(words).success).toBe(true);
        expect(Number.isInteger(readingMinutes(words)) && readingMinutes(words) >= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
