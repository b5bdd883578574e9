import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../../../core/article/article';
import { CHECKS, type CheckContext } from '../../../../core/checklist/checks';
import type { ChecklistItemId } from '../../../../core/checklist/items';
import { linkPara, para, readyArticle } from './article-fixture';

const ctx: CheckContext = { otherSlugs: new Set(['anderer-artikel']), policyFindings: [] };
const check = (id: ChecklistItemId, overrides: Partial<ArticleFields> = {}, context: CheckContext = ctx) => CHECKS[id](readyArticle(overrides), context);

describe('pre-flight checks', () => {
  it('pass for a complete article', () => {
    for (const id of Object.keys(CHECKS) as ChecklistItemId[]) expect(check(id).status, id).toBe('pass');
  });

  it('headline: missing fails, above 70 characters warns, above 80 fails', () => {
    expect(check('headline', { headline: '  ' }).status).toBe('fail');
    expect(check('headline', { headline: 'x'.repeat(70) }).status).toBe('pass');
    expect(check('headline', { headline: 'x'.repeat(71) }).status).toBe('warn');
    expect(check('headline', { headline: 'x'.repeat(80) }).status).toBe('warn');
    const tooLong = check('headline', { headline: 'ü'.repeat(81) });
    expect(tooLong.status).toBe('fail');
    expect(tooLong.message.en).toContain('81');
    expect(tooLong.message.de).toContain('81');
  });

  it('teaser and author must be present', () => {
    expect(check('teaser', { teaser: '' }).status).toBe('fail');
    expect(check('author', { author: ' ' }).status).toBe('fail');
    expect(check('author', { author: '' }).message).toEqual({ de: 'Der Autor fehlt.', en: 'The author is missing.' });
  });

  it('lead image needs a credit; no image needs none', () => {
    expect(check('leadImageCredit', { leadImage: { mediaId: 'm1', alt: '', credit: ' ' } }).status).toBe('fail');
    expect(check('leadImageCredit', { leadImage: { mediaId: null, alt: '', credit: '' } }).status).toBe('pass');
  });

  it('source is needed only when the text quotes or cites', () => {
    const quoting = { body: { type: 'doc' as const, content: [para('„Wir bauen“, sagte die Bürgermeisterin.')] } };
    expect(check('source', quoting).status).toBe('fail');
    expect(check('source', { ...quoting, source: 'Pressemitteilung der Stadt' }).status).toBe('pass');
    expect(check('source', { teaser: 'Laut Polizei ist niemand verletzt.' }).status).toBe('fail');
    expect(check('source').status).toBe('pass');
  });

  it('at least one tag', () => {
    expect(check('tags', { tags: [] }).status).toBe('fail');
  });

  it('slug must be present and not used by another article', () => {
    expect(check('slug', { slug: 'anderer-artikel' }).status).toBe('fail');
    expect(check('slug', { slug: '' }).status).toBe('fail');
  });

  it('links: names the ones that are not valid http(s) URLs', () => {
    const body = { type: 'doc' as const, content: [linkPara('a', 'https://ok.example'), linkPara('b', 'javascript:alert(1)'), linkPara('c', '/relativ')] };
    const outcome = check('links', { body });
    expect(outcome.status).toBe('fail');
    expect(outcome.message.en).toContain('javascript:alert(1)');
    expect(outcome.message.en).toContain('/relativ');
    expect(outcome.message.en).not.toContain('ok.example');
  });

  it('SEO description: above 160 characters fails, empty warns', () => {
    expect(check('seoDescription', { seo: { title: '', description: 'x'.repeat(160) } }).status).toBe('pass');
    expect(check('seoDescription', { seo: { title: '', description: 'x'.repeat(161) } }).status).toBe('fail');
    expect(check('seoDescription', { seo: { title: '', description: '' } }).status).toBe('warn');
  });

  it('ad policy: errors at the scheduled time fail, warnings warn, unchecked warns, no ads passes', () => {
    const errors = check('adPolicy', {}, { ...ctx, policyFindings: [{ severity: 'error', message: 'Casino-Anzeige um 14:00' }] });
    expect(errors.status).toBe('fail');
    expect(errors.message.de).toContain('Casino-Anzeige um 14:00');
    expect(check('adPolicy', {}, { ...ctx, policyFindings: [{ severity: 'warning', message: 'dicht' }] }).status).toBe('warn');
    expect(check('adPolicy', {}, { otherSlugs: new Set() }).status).toBe('warn');
    expect(check('adPolicy', { noAds: true }, { ...ctx, policyFindings: [{ severity: 'error', message: 'x' }] }).status).toBe('pass');
  });
});
