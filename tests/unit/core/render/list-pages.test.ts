// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderFrontPage, renderTagPage } from '../../../../core/render/list-pages';
import { sampleArticle } from '../ads/fixtures';
import { germanContext, parse, text } from './helpers';

const published = sampleArticle({ id: 'article-pub1', headline: 'Erste Meldung' });
const second = sampleArticle({ id: 'article-pub2', headline: 'Zweite Meldung', section: 'Sport', leadImage: { mediaId: null, alt: '', credit: '' } });
const draft = sampleArticle({ id: 'article-draft', headline: 'Noch geheim', status: 'draft' });

describe('renderFrontPage', () => {
  const doc = parse(
    renderFrontPage({
      articles: [
        { article: published, url: '/artikel/erste-meldung' },
        { article: draft, url: '/artikel/noch-geheim' },
        { article: second, url: '/artikel/zweite-meldung', publishedAt: '2026-05-01T10:00:00Z' },
      ],
      ctx: germanContext(),
    }),
  );

  it('lists published articles in the given order with links, section, teaser and byline', () => {
    const cards = [...doc.querySelectorAll('.teaser-card')];
    expect(cards.map((c) => text(c.querySelector('h2')))).toEqual(['Erste Meldung', 'Zweite Meldung']);
    expect(cards[0]!.querySelector('h2 a')?.getAttribute('href')).toBe('/artikel/erste-meldung');
    expect(text(cards[1]!.querySelector('.section-label'))).toBe('Sport');
    expect(text(cards[0]!.querySelector('.teaser'))).toBe(published.teaser);
    expect(text(cards[1]!.querySelector('.byline'))).toBe('Von Anna Schmidt am 01.05.2026');
    expect(cards[0]!.querySelector('img')?.getAttribute('src')).toBe('/media/img-lead');
    expect(cards[1]!.querySelector('img')).toBeNull();
  });

  it('never shows an unpublished article', () => {
    expect(doc.body.textContent).not.toContain('Noch geheim');
  });

  it('is a German document with the site name and the script-free CSP', () => {
    expect(doc.documentElement.lang).toBe('de');
    expect(text(doc.querySelector('.site-name'))).toBe('Stadtblatt');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'none'");
  });

  it('says so when there is nothing to show', () => {
    const empty = parse(renderFrontPage({ articles: [], ctx: germanContext({ siteLanguage: 'en' }) }));
    expect(text(empty.querySelector('.empty-list'))).toBe('No articles yet.');
  });
});

describe('renderTagPage', () => {
  it('titles the page with the tag, escaped', () => {
    const tag = '<b>Verkehr</b>';
    const doc = parse(renderTagPage({ tag, articles: [{ article: published, url: '/artikel/erste-meldung' }], ctx: germanContext() }));
    expect(text(doc.querySelector('h1'))).toBe('Artikel zum Thema <b>Verkehr</b>');
    expect(doc.querySelector('h1 b')).toBeNull();
    expect(doc.querySelectorAll('.teaser-card')).toHaveLength(1);
  });

  it('drops article links that would leave the site by a script scheme', () => {
    const doc = parse(renderTagPage({ tag: 'x', articles: [{ article: published, url: 'javascript:alert(1)' }], ctx: germanContext() }));
    expect(doc.querySelector('.teaser-card h2 a')).toBeNull();
    expect(text(doc.querySelector('.teaser-card h2'))).toBe('Erste Meldung');
  });
});
