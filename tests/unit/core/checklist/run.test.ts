import { describe, expect, it } from 'vitest';
import { blockingItems, blocksApproval, runChecklist } from '../../../../core/checklist/run';
import type { ChecklistContext } from '../../../../core/checklist/run';
import type { ChecklistItemId } from '../../../../core/checklist/items';
import { linkPara, para, readyArticle } from './article-fixture';

const ctx: ChecklistContext = { otherSlugs: new Set(['anderer-artikel']), policyFindings: [] };
const statusOf = (items: ReturnType<typeof runChecklist>, id: ChecklistItemId) => items.find((i) => i.id === id)?.status;

describe('runChecklist', () => {
  it('passes every item for a complete article and does not block approval', () => {
    const items = runChecklist(readyArticle(), ctx);
    expect(items.map((i) => [i.id, i.status])).toEqual(items.map((i) => [i.id, 'pass']));
    expect(items).toHaveLength(10);
    expect(blocksApproval(items)).toBe(false);
  });

  it('fails a missing headline, warns above 70 characters and fails above 80', () => {
    expect(statusOf(runChecklist(readyArticle({ headline: '  ' }), ctx), 'headline')).toBe('fail');
    expect(statusOf(runChecklist(readyArticle({ headline: 'x'.repeat(70) }), ctx), 'headline')).toBe('pass');
    const warned = runChecklist(readyArticle({ headline: 'x'.repeat(71) }), ctx);
    expect(statusOf(warned, 'headline')).toBe('warn');
    expect(blocksApproval(warned)).toBe(false);
    expect(statusOf(runChecklist(readyArticle({ headline: 'x'.repeat(80) }), ctx), 'headline')).toBe('warn');
    const failed = runChecklist(readyArticle({ headline: 'ü'.repeat(81) }), ctx);
    expect(statusOf(failed, 'headline')).toBe('fail');
    expect(failed.find((i) => i.id === 'headline')?.message.en).toContain('81');
  });

  it('requires teaser, author, and a credit for the lead image (none needed without an image)', () => {
    expect(statusOf(runChecklist(readyArticle({ teaser: '' }), ctx), 'teaser')).toBe('fail');
    expect(statusOf(runChecklist(readyArticle({ author: '' }), ctx), 'author')).toBe('fail');
    const noCredit = readyArticle({ leadImage: { mediaId: 'm1', alt: '', credit: ' ' } });
    expect(statusOf(runChecklist(noCredit, ctx), 'leadImageCredit')).toBe('fail');
    const noImage = readyArticle({ leadImage: { mediaId: null, alt: '', credit: '' } });
    expect(statusOf(runChecklist(noImage, ctx), 'leadImageCredit')).toBe('pass');
  });

  it('asks for a source only when the text quotes or cites', () => {
    const quoting = readyArticle({ body: { type: 'doc', content: [para('„Wir bauen“, sagte die Bürgermeisterin.')] } });
    expect(statusOf(runChecklist(quoting, ctx), 'source')).toBe('fail');
    expect(statusOf(runChecklist({ ...quoting, source: 'Pressemitteilung der Stadt' }, ctx), 'source')).toBe('pass');
    expect(statusOf(runChecklist(readyArticle(), ctx), 'source')).toBe('pass');
  });

  it('fails a slug another article already uses, and a missing slug', () => {
    expect(statusOf(runChecklist(readyArticle({ slug: 'anderer-artikel' }), ctx), 'slug')).toBe('fail');
    expect(statusOf(runChecklist(readyArticle({ slug: '' }), ctx), 'slug')).toBe('fail');
  });

  it('names the links that are not valid http(s) URLs', () => {
    const body = { type: 'doc' as const, content: [linkPara('a', 'https://ok.example'), linkPara('b', 'javascript:alert(1)'), linkPara('c', '/relativ')] };
    const item = runChecklist(readyArticle({ body }), ctx).find((i) => i.id === 'links');
    expect(item?.status).toBe('fail');
    expect(item?.message.en).toContain('javascript:alert(1)');
    expect(item?.message.en).toContain('/relativ');
    expect(item?.message.en).not.toContain('ok.example');
  });

  it('fails an SEO description over 160 characters but only recommends it by default', () => {
    const items = runChecklist(readyArticle({ seo: { title: '', description: 'x'.repeat(161) } }), ctx);
    expect(statusOf(items, 'seoDescription')).toBe('fail');
    expect(blocksApproval(items)).toBe(false);
  });

  it('warns about a missing tag by default and blocks when the site makes tags required', () => {
    const untagged = readyArticle({ tags: [] });
    expect(blocksApproval(runChecklist(untagged, ctx))).toBe(false);
    const strict = runChecklist(untagged, { ...ctx, config: { levels: { tags: 'required' } } });
    expect(blockingItems(strict).map((i) => i.id)).toEqual(['tags']);
  });

  it('blocks on ad policy errors at the scheduled time, warns on warnings and when not checked', () => {
    const errors = runChecklist(readyArticle(), { ...ctx, policyFindings: [{ severity: 'error', message: 'Casino-Anzeige um 14:00' }] });
    expect(statusOf(errors, 'adPolicy')).toBe('fail');
    expect(errors.find((i) => i.id === 'adPolicy')?.message.de).toContain('Casino-Anzeige um 14:00');
    expect(blocksApproval(errors)).toBe(true);
    const warnings = runChecklist(readyArticle(), { ...ctx, policyFindings: [{ severity: 'warning', message: 'dicht' }] });
    expect(statusOf(warnings, 'adPolicy')).toBe('warn');
    expect(statusOf(runChecklist(readyArticle(), { otherSlugs: new Set() }), 'adPolicy')).toBe('warn');
    const noAds = runChecklist(readyArticle({ noAds: true }), { ...ctx, policyFindings: [{ severity: 'error', message: 'x' }] });
    expect(statusOf(noAds, 'adPolicy')).toBe('pass');
  });

  it('leaves out items the site switched off and lets a failing recommended item through', () => {
    const items = runChecklist(readyArticle({ teaser: '' }), { ...ctx, config: { levels: { teaser: 'off', author: 'recommended' } } });
    expect(items.map((i) => i.id)).not.toContain('teaser');
    expect(items.find((i) => i.id === 'author')?.required).toBe(false);
  });

  it('blocks approval for any failing required item and says so in both languages', () => {
    const items = runChecklist(readyArticle({ author: '' }), ctx);
    expect(blocksApproval(items)).toBe(true);
    const [blocking] = blockingItems(items);
    expect(blocking?.message).toEqual({ de: 'Der Autor fehlt.', en: 'The author is missing.' });
  });
});
