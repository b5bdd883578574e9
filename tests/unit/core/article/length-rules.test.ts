import fc from 'fast-check';
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFieldsSchema } from '../../../../core/article/article';
import { LENGTH_RULES, lengthVerdict, singleParagraph, type LengthRuleField, type LengthVerdict } from '../../../../core/article/length-rules';
import { runChecklist } from '../../../../core/checklist/index';
import { getArticle } from '../../../../site/articles/store';
import { checklistFor } from '../../../../site/articles/checklist';
import { LengthCounter } from '../../../../renderer/src/editor/LengthCounter';
import { translations } from '../../../../renderer/src/i18n/setup';
import { readyArticle } from '../checklist/article-fixture';
import { createViaApi, describeSite } from '../../site/site-test-kit';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources: { en: { translation: translations.en ?? {} } }, lng: 'en', interpolation: { escapeValue: false } });
});

/** The editor's verdict: what the counter beside the field shows. */
const fieldVerdict = (field: LengthRuleField, text: string): string => {
  const html = renderToStaticMarkup(createElement(LengthCounter, { id: 'c', field, text }));
  return /data-verdict="(\w+)"/.exec(html)![1]!;
};
const counterText = (field: LengthRuleField, text: string): string =>
  renderToStaticMarkup(createElement(LengthCounter, { id: 'c', field, text })).replace(/<span class="visually-hidden">.*?<\/span>/, '').replace(/<[^>]+>/g, '');

/** The checklist item each field's rule decides, and the status each verdict gives it. */
const ITEM = { headline: 'headline', teaser: 'teaser', seoDescription: 'seoDescription' } as const;
const STATUS: Record<LengthRuleField, Record<LengthVerdict, string>> = {
  headline: { empty: 'fail', fits: 'pass', long: 'warn', tooLong: 'fail' },
  teaser: { empty: 'fail', fits: 'pass', long: 'warn', tooLong: 'fail' },
  seoDescription: { empty: 'warn', fits: 'pass', long: 'warn', tooLong: 'fail' },
};
const withText = (field: LengthRuleField, text: string) =>
  field === 'seoDescription' ? readyArticle({ seo: { title: '', description: text } }) : readyArticle({ [field]: text });
const checklistStatus = (field: LengthRuleField, text: string) => runChecklist(withText(field, text), { otherSlugs: new Set() }).find((i) => i.id === ITEM[field])!.status;

/** Texts around every bound, with umlauts, emoji and surrounding spaces (which do not count). */
const aroundBounds = (field: LengthRuleField) => {
  const rule = LENGTH_RULES[field];
  const bounds = [rule.recommended, rule.max ?? rule.recommended].flatMap((b) => [b - 1, b, b + 1]);
  return fc
    .tuple(fc.constantFrom(...bounds), fc.constantFrom('x', 'ü', '😀', 'a b'), fc.constantFrom('', ' ', '  \t'))
    .map(([n, ch, pad]) => pad + [...ch.repeat(n)].slice(0, n).join('') + pad);
};
const anyText = (field: LengthRuleField) =>
  fc.oneof(aroundBounds(field), fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('', '   ')).map((s) =>
    (field === 'headline' ? singleParagraph(s) : s).slice(0, LENGTH_RULES[field].limit),
  );

describe('one length rule', () => {
  it('headline: 70 fits, 71 is long, 81 is too long; umlauts and emoji count once, outer spaces not at all', () => {
    expect(lengthVerdict('headline', 'x'.repeat(70))).toBe('fits');
    expect(lengthVerdict('headline', 'x'.repeat(71))).toBe('long');
    expect(lengthVerdict('headline', 'ü'.repeat(80))).toBe('long');
    expect(lengthVerdict('headline', '😀'.repeat(81))).toBe('tooLong');
    expect(lengthVerdict('headline', `  ${'x'.repeat(70)}  `)).toBe('fits');
    expect(lengthVerdict('headline', ' \t ')).toBe('empty');
  });

  it('the counter shows the count against the rule and marks long and too long texts', () => {
    expect(counterText('headline', 'Hafen meldet Rekordumschlag')).toBe('27 / 70');
    expect(counterText('headline', 'x'.repeat(75))).toBe('75 / 70 · long');
    expect(counterText('headline', 'x'.repeat(81))).toBe('81 / 80 · too long');
    expect(counterText('teaser', 'ü'.repeat(301))).toBe('301 / 300 · long');
    expect(counterText('seoDescription', 'x'.repeat(161))).toBe('161 / 160 · too long');
  });

  it('a teaser above 300 characters warns in the checklist (it did not before) but never fails', () => {
    const item = runChecklist(readyArticle({ teaser: 'x'.repeat(301) }), { otherSlugs: new Set() }).find((i) => i.id === 'teaser')!;
    expect(item).toMatchObject({ status: 'warn', message: { en: 'The teaser is 301 characters long; at most 300 are recommended.' } });
  });

  it('the schema holds exactly up to each field’s limit, as the input’s maxLength does', () => {
    const parse = (fields: object) => articleFieldsSchema.safeParse(readyArticle(fields)).success;
    expect(parse({ headline: 'x'.repeat(LENGTH_RULES.headline.limit) })).toBe(true);
    expect(parse({ headline: 'x'.repeat(LENGTH_RULES.headline.limit + 1) })).toBe(false);
    expect(parse({ teaser: 'x'.repeat(LENGTH_RULES.teaser.limit + 1) })).toBe(false);
    expect(parse({ seo: { title: '', description: 'x'.repeat(LENGTH_RULES.seoDescription.limit + 1) } })).toBe(false);
  });

  it.each(['headline', 'teaser', 'seoDescription'] as const)('any %s gets the same verdict from the field’s counter and the checklist', (field) => {
    fc.assert(
      fc.property(anyText(field), (text) => {
        const verdict = lengthVerdict(field, text);
        expect(fieldVerdict(field, text)).toBe(verdict);
        expect(checklistStatus(field, text)).toBe(STATUS[field][verdict]);
      }),
      { numRuns: 300 },
    );
  });
});

describeSite('the site’s checklist on the stored article', (site) => {
  it('agrees with the field and the app’s checklist for any headline, teaser and SEO description', async () => {
    // A slug of its own per sample: the same long headline thrice hits a site slug bug (see the report), not this rule.
    let n = 0;
    await fc.assert(
      fc.asyncProperty(anyText('headline'), anyText('teaser'), anyText('seoDescription'), async (headline, teaser, description) => {
        const created = await createViaApi(site, { headline, teaser, author: 'Erika Mustermann', slug: `laenge-${++n}`, seo: { title: '', description } });
        const stored = (await getArticle(site.db.kysely, created.id))!;
        const items = await checklistFor(site.db.kysely, stored);
        const onSite = (field: LengthRuleField) => items.find((i) => i.id === ITEM[field])!.status;
        for (const [field, text] of [['headline', headline], ['teaser', teaser], ['seoDescription', description]] as const) {
          expect(onSite(field), `${field}: ${JSON.stringify(text)}`).toBe(STATUS[field][fieldVerdict(field, text) as LengthVerdict]);
          expect(onSite(field)).toBe(checklistStatus(field, text));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses approval for an 81-character headline and approves an 80-character one (it only warns)', async () => {
    const approve = async (headline: string) => {
      const a = await createViaApi(site, { headline, teaser: 'Mehr Container.', author: 'Erika', source: 'dpa', tags: ['Hafen'], noAds: true,
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Der Hafen hat mehr umgeschlagen.' }] }] } });
      const submit = await site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.editor, body: { action: 'submit' } });
      expect(submit.statusCode).toBe(200);
      return site.call('POST', `/api/v1/articles/${a.id}/status`, { token: site.tokens.reviewer, body: { action: 'approve' } });
    };
    const refused = await approve('ü'.repeat(81));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.blocking.map((b: { id: string }) => b.id)).toEqual(['headline']);
    expect((await approve('ü'.repeat(80))).statusCode).toBe(200);
  });
});
