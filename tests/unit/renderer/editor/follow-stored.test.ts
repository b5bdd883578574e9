import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFieldsSchema, newArticleFields, type ArticleFields } from '../../../../core/article/article';
import type { BodyNode } from '../../../../core/article/body-schema';
import { editorFieldsOf } from '../../../../core/article/fields';
import { sameValue } from '../../../../core/sync/merge';
import { followStored } from '../../../../renderer/src/editor/follow-stored';

const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withBody = (f: ArticleFields, lines: string[]): ArticleFields => ({ ...f, body: { type: 'doc', content: lines.map(para) } });
const base: ArticleFields = { ...withBody(newArticleFields('de', 'Politik'), ['Erster Absatz.', 'Zweiter Absatz.']), headline: 'Hafen wächst', teaser: 'Alt' };

describe('followStored', () => {
  it('shows the colleague’s teaser and keeps the body the person is typing, which is all that is left to save', () => {
    const typing = withBody(base, ['Erster Absatz, ergänzt.', 'Zweiter Absatz.']);
    const stored = { ...base, teaser: 'Neu von Kollegin' };
    const plan = followStored(base, typing, stored);
    expect(plan.draft.teaser).toBe('Neu von Kollegin');
    expect(plan.draft.body).toEqual(typing.body);
    expect(plan.changed).toEqual(['teaser']);
    expect(Object.keys(plan.pending)).toEqual(['body']);
    expect(plan.kept).toEqual([]);
  });

  it('merges body edits of different paragraphs and saves the merged body', () => {
    const typing = withBody(base, ['Erster Absatz, ergänzt.', 'Zweiter Absatz.']);
    const stored = withBody(base, ['Erster Absatz.', 'Zweiter Absatz, von ihr.']);
    const plan = followStored(base, typing, stored);
    expect(plan.draft.body).toEqual(withBody(base, ['Erster Absatz, ergänzt.', 'Zweiter Absatz, von ihr.']).body);
    expect(plan.changed).toEqual(['body']);
    expect(plan.pending.body).toEqual(plan.draft.body);
  });

  it('keeps the person’s headline when both changed it, and says so', () => {
    const plan = followStored(base, { ...base, headline: 'Hafen wächst rasant' }, { ...base, headline: 'Hafen wächst stark' });
    expect(plan.draft.headline).toBe('Hafen wächst rasant');
    expect(plan.pending).toEqual({ headline: 'Hafen wächst rasant' });
    expect(plan.kept).toEqual(['headline']);
  });

  it('with nothing typed, the stored article is shown as it is and nothing waits', () => {
    const stored = withBody({ ...base, teaser: 'Neu' }, ['Der alte Hafen von Bremen wächst schnell.']);
    const plan = followStored(base, base, stored);
    expect(editorFieldsOf(plan.draft)).toEqual(editorFieldsOf(stored));
    expect(plan.pending).toEqual({});
    expect(plan.changed.sort()).toEqual(['body', 'teaser']);
  });
});

const WORDS = ['Hafen', 'Bremen', 'Kiel', 'Köln'];
const editOf = (from: ArticleFields) =>
  fc
    .record({
      headline: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      teaser: fc.option(fc.constantFrom(...WORDS), { nil: undefined }),
      lines: fc.option(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), { nil: undefined }),
    })
    .map((e): ArticleFields => ({ ...(e.lines ? withBody(from, e.lines) : from), headline: e.headline ?? from.headline, teaser: e.teaser ?? from.teaser }));
const triple = editOf(base).chain((b) => fc.tuple(fc.constant(b), editOf(b), editOf(b)));

describe('followStored properties', () => {
  it('saving what waits over the stored article stores exactly what the editor shows, and it is a valid article', () => {
    fc.assert(
      fc.property(triple, ([b, local, stored]) => {
        const plan = followStored(b, local, stored);
        expect(editorFieldsOf({ ...stored, ...plan.pending })).toEqual(editorFieldsOf(plan.draft));
        expect(articleFieldsSchema.safeParse(editorFieldsOf(plan.draft)).success).toBe(true);
      }),
    );
  });

  it('nothing typed is lost: a field the person changed shows their value, one only the colleague changed shows theirs', () => {
    fc.assert(
      fc.property(triple, ([b, local, stored]) => {
        const plan = followStored(b, local, stored);
        for (const key of ['headline', 'teaser'] as const) {
          if (local[key] !== b[key]) expect(plan.draft[key]).toBe(local[key]);
          else expect(plan.draft[key]).toBe(stored[key]);
        }
        if (sameValue(local.body, b.body)) expect(plan.draft.body).toEqual(stored.body);
        if (sameValue(stored.body, b.body)) expect(plan.draft.body).toEqual(local.body);
      }),
    );
  });
});
