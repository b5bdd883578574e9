// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../core/ads/model';
import type { Placement } from '../../../../core/ads/placement-types';
import type { BodyNode } from '../../../../core/article/body-schema';
import { renderArticleMain, renderArticlePage } from '../../../../core/render/article-page';
import { para, sampleArticle, words } from '../ads/fixtures';
import { germanContext, parse, text } from './helpers';

const campaign = (id: string, creative: Campaign['creative']): Campaign => ({
  id,
  advertiser: `Advertiser ${id}`,
  category: 'display',
  creative,
  sizes: ['300x250'],
  flightStart: '2026-01-01T00:00:00Z',
  flightEnd: '2027-01-01T00:00:00Z',
  targetSections: [],
  targetTags: [],
  excludedTags: [],
  priority: 1,
  weight: 1,
  licence: 'unknown',
});

const imageAd = campaign('img', { kind: 'image', imageUrl: 'https://ads.example/a.png', clickUrl: 'https://shop.example/', alt: 'Shop' });
const htmlAd = campaign('html', { kind: 'html', html: '<b>Hallo</b>' });

const placement = (slotId: string, position: Placement['position'], c: Campaign | null, source: Placement['source'] = 'rule'): Placement => ({
  slotId,
  position,
  source,
  size: '300x250',
  label: '',
  campaign: c,
  reasons: [],
});

const placements: Placement[] = [
  placement('top', { kind: 'top' }, imageAd),
  placement('mid', { kind: 'afterBlock', blockIndex: 3 }, htmlAd),
  placement('end', { kind: 'end' }, null),
  placement('side', { kind: 'sidebar' }, imageAd),
];

describe('renderArticlePage: the article as on the German site', () => {
  const article = sampleArticle();
  const doc = parse(renderArticlePage({ article, placements, ctx: germanContext() }));
  const main = doc.querySelector('article')!;

  it('is a full German document with a script-free CSP and the linked theme', () => {
    const html = renderArticlePage({ article, placements, ctx: germanContext() });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('de');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/theme/site.css');
    expect(text(doc.querySelector('title'))).toBe('Stadtrat beschließt neuen Radweg – Stadtblatt');
  });

  it('shows section label, one h1 headline, teaser and the byline "Von … am DD.MM.YYYY" in Berlin time', () => {
    expect(text(main.querySelector('.section-label'))).toBe('Aktuelle News');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(text(doc.querySelector('h1'))).toBe(article.headline);
    expect(text(main.querySelector('.teaser'))).toBe(article.teaser);
    // updatedAt is 23:30 UTC on the 28th: the 29th in Berlin.
    expect(text(main.querySelector('.byline'))).toBe('Von Anna Schmidt am 29.11.2026');
  });

  it('uses publishedAt for the byline when given', () => {
    const d = parse(renderArticleMain({ article, placements: [], ctx: germanContext(), publishedAt: '2026-02-03T09:00:00Z' }));
    expect(text(d.querySelector('.byline'))).toBe('Von Anna Schmidt am 03.02.2026');
  });

  it('shows the lead image from mediaUrl with "Bild-Quelle: …"', () => {
    const lead = main.querySelector('.lead-image')!;
    expect(lead.querySelector('img')?.getAttribute('src')).toBe('/media/img-lead');
    expect(lead.querySelector('img')?.getAttribute('alt')).toBe('Ein Radweg');
    expect(text(lead.querySelector('figcaption'))).toBe('Bild-Quelle: Max Muster / Stadt');
  });

  it('renders the body: subheadings, bold, italic, links, lists, quotes with attribution, figures with caption and credit', () => {
    const body = main.querySelector('.article-body')!;
    expect(text(body.querySelector('h2'))).toBe('Was sich ändert');
    expect(text(body.querySelector('h3'))).toBe('Wie es weitergeht');
    expect(text(body.querySelector('strong'))).toBe('Verwaltung');
    expect(text(body.querySelector('em'))).toBe('Rat');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://example.org/details');
    expect([...body.querySelectorAll('ul > li')].map(text)).toEqual(['Punkt eins', 'Punkt zwei']);
    expect(text(body.querySelector('blockquote'))).toBe('Das ist ein guter Tag.');
    expect(text(body.querySelector('.quote figcaption'))).toBe('— Bürgermeisterin Meier');
    const figure = body.querySelector('.inline-figure')!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('/media/img-2');
    expect(text(figure.querySelector('.caption'))).toBe('Der neue Verlauf');
    expect(text(figure.querySelector('.credit'))).toBe('Bild-Quelle: Stadtplanung');
  });

  it('lists "Tags: a, b, c" linking to the tag pages, then "Quelle: …"', () => {
    expect(text(main.querySelector('.tags'))).toBe('Tags: Verkehr, Stadtrat, Radweg');
    expect([...main.querySelectorAll('.tags a')].map((a) => a.getAttribute('href'))).toEqual(['/tag/Verkehr', '/tag/Stadtrat', '/tag/Radweg']);
    expect(text(main.querySelector('.source'))).toBe('Quelle: dpa');
  });

  it('puts every ad in page order, each labelled "Anzeige" and separate from the text', () => {
    const slots = [...doc.querySelectorAll('aside.ad-slot')];
    expect(slots.map((s) => s.getAttribute('data-slot-id'))).toEqual(['top', 'mid', 'end', 'side']);
    for (const slot of slots) {
      expect(slot.getAttribute('aria-label')).toBe('Anzeige');
      expect(text(slot.querySelector('.ad-label'))).toBe('Anzeige');
      expect(slot.closest('p, blockquote, li, figure')).toBeNull();
    }
    // Top ad after the header and before the body; mid ad right after block 3; end ad after the source line.
    expect(doc.querySelector('.article-header + aside.ad-slot')?.getAttribute('data-slot-id')).toBe('top');
    const mid = doc.querySelector('[data-slot-id="mid"]')!;
    expect(text(mid.previousElementSibling).startsWith('Dritter')).toBe(true);
    expect(doc.querySelector('.article-footer + aside.ad-slot')?.getAttribute('data-slot-id')).toBe('end');
    expect(doc.querySelector('.sidebar [data-slot-id="side"]')).not.toBeNull();
    expect(main.querySelector('[data-slot-id="side"]')).toBeNull();
  });

  it('runs HTML creatives in a sandboxed srcdoc frame and links image creatives as sponsored', () => {
    const frame = doc.querySelector('[data-slot-id="mid"] iframe')!;
    const sandbox = frame.getAttribute('sandbox') ?? '';
    expect(frame.hasAttribute('sandbox')).toBe(true);
    expect(sandbox).not.toContain('allow-same-origin');
    expect(sandbox).not.toContain('allow-top-navigation');
    expect(frame.getAttribute('srcdoc')).toContain('<b>Hallo</b>');
    const link = doc.querySelector('[data-slot-id="top"] a')!;
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['sponsored', 'noopener']));
    expect(link.getAttribute('href')).toBe('https://shop.example/');
  });

  it('keeps an empty slot visible with its label when no campaign fills it', () => {
    const end = doc.querySelector('[data-slot-id="end"]')!;
    expect(text(end.querySelector('.ad-label'))).toBe('Anzeige');
    expect(end.querySelector('.ad-creative--empty')).not.toBeNull();
  });

  it('marks manual and rule slots apart', () => {
    const d = parse(renderArticleMain({ article, placements: [placement('m', { kind: 'afterBlock', blockIndex: 0 }, null, 'manual')], ctx: germanContext() }));
    expect(d.querySelector('aside.ad-slot')?.getAttribute('data-source')).toBe('manual');
  });

  it('inlines the theme when no stylesheet URL is given', () => {
    const d = parse(renderArticlePage({ article, placements: [], ctx: germanContext({ themeCssHref: undefined, themeCss: 'h1{color:red}' }) }));
    expect(d.querySelector('link[rel="stylesheet"]')).toBeNull();
    expect(d.querySelector('style')?.textContent).toBe('h1{color:red}');
  });
});

describe('renderArticlePage: English site', () => {
  it('writes "By {author}, {Month D, YYYY}" and labels ads "Advertisement"', () => {
    const article = sampleArticle({ language: 'en', tags: ['Traffic'], source: 'AP' });
    const ctx = germanContext({ siteLanguage: 'en', timeZone: 'Europe/London' });
    const doc = parse(renderArticlePage({ article, placements, ctx }));
    expect(doc.documentElement.lang).toBe('en');
    expect(text(doc.querySelector('.byline'))).toBe('By Anna Schmidt, November 28, 2026');
    expect(text(doc.querySelector('.tags'))).toBe('Tags: Traffic');
    expect(text(doc.querySelector('.source'))).toBe('Source: AP');
    for (const slot of doc.querySelectorAll('aside.ad-slot')) {
      expect(slot.getAttribute('aria-label')).toBe('Advertisement');
      expect(text(slot.querySelector('.ad-label'))).toBe('Advertisement');
    }
  });
});

const HOSTILE = `<img src=x onerror=alert(1)></script><script>alert(2)</script>"'><svg onload=alert(3)>`;

describe('renderArticlePage: hostile content stays inert', () => {
  const article = sampleArticle({
    section: HOSTILE,
    headline: HOSTILE,
    teaser: HOSTILE,
    author: HOSTILE,
    source: HOSTILE,
    tags: [HOSTILE, 'javascript:alert(1)'],
    seo: { title: HOSTILE, description: HOSTILE },
    leadImage: { mediaId: `x" onerror="alert(1)`, alt: HOSTILE, credit: HOSTILE },
    body: {
      type: 'doc',
      content: [
        para(HOSTILE),
        { type: 'paragraph', content: [{ type: 'text', text: 'klick', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'daten', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(1)</script>' } }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'quote', marks: [{ type: 'link', attrs: { href: 'https://x.example/" onmouseover="alert(1)' } }] }] },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: HOSTILE }] },
        { type: 'blockquote', attrs: { attribution: HOSTILE }, content: [para(HOSTILE)] },
        { type: 'figure', attrs: { src: 'javascript:alert(1)', alt: HOSTILE, caption: HOSTILE, credit: HOSTILE } },
        { type: 'orderedList', attrs: { start: '1" onclick="alert(1)' }, content: [{ type: 'listItem', content: [para(HOSTILE)] }] },
        { type: 'script', content: [{ type: 'text', text: HOSTILE }] },
      ],
    },
  });
  const evil = campaign('evil', { kind: 'html', html: `<script>parent.document.body.innerHTML=''</script></iframe><script>alert(4)</script>` });
  const evilImage = campaign('evil-img', { kind: 'image', imageUrl: 'javascript:alert(1)', clickUrl: 'javascript:alert(1)', alt: HOSTILE });
  const hostilePlacements: Placement[] = [
    { ...placement(`x" onclick="alert(1)`, { kind: 'afterBlock', blockIndex: 0 }, evil), label: HOSTILE, size: '"><script>' },
    { ...placement('img', { kind: 'top' }, { ...evilImage, advertiser: HOSTILE }), label: HOSTILE },
    { ...placement('odd', { kind: '"><script>' as 'top' }, imageAd) },
  ];
  const ctx = germanContext({ siteName: HOSTILE, tagUrl: (t) => (t.startsWith('javascript') ? t : `/tag/${encodeURIComponent(t)}`) });
  const html = renderArticlePage({ article, placements: hostilePlacements, ctx });
  const doc = parse(html);

  it('creates no script element and no event-handler attribute anywhere', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('svg')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
  });

  it('keeps the hostile strings as visible text', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('title')?.textContent).toContain(HOSTILE);
    expect(text(doc.querySelector('.source'))).toContain('<img src=x onerror=alert(1)>');
  });

  it('drops links and images with unsafe schemes but keeps their text', () => {
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:|\/(?![/\\]))/);
    for (const img of doc.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^(https?:\/\/|\/(?![/\\]))/);
    expect(text(doc.querySelector('.article-body'))).toContain('klick');
    expect(doc.querySelectorAll('.article-body a')).toHaveLength(1);
    expect(doc.querySelector('.article-body a')?.getAttribute('href')).toBe('https://x.example/" onmouseover="alert(1)');
  });

  it('keeps the only h1 the headline, even when the body claims level 1', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('keeps hostile creatives inside the sandbox', () => {
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const sandbox = frames[0]!.getAttribute('sandbox') ?? '';
    for (const flag of ['allow-same-origin', 'allow-top-navigation', 'allow-scripts']) expect(sandbox).not.toContain(flag);
    expect(frames[0]!.getAttribute('srcdoc')).toContain("<script>parent.document.body.innerHTML=''</script>");
  });

  it('keeps the slot id and label as data, not markup', () => {
    expect(doc.querySelectorAll('aside.ad-slot')[1]?.getAttribute('data-slot-id')).toBe(`x" onclick="alert(1)`);
    expect(text(doc.querySelector('.ad-label'))).toBe(HOSTILE);
    for (const slot of doc.querySelectorAll('aside.ad-slot')) expect(slot.className).toMatch(/^ad-slot ad-slot--(top|inline|end|sidebar)$/);
  });
});

/** What ProseMirror's DOMSerializer (behind Tiptap's getHTML) does: build DOM nodes, read innerHTML. */
function domSerialize(nodes: readonly BodyNode[], parent: Element): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const textNode = document.createTextNode(node.text ?? '');
      if (node.marks?.length) {
        const strong = document.createElement('strong');
        strong.appendChild(textNode);
        parent.appendChild(strong);
      } else parent.appendChild(textNode);
      continue;
    }
    const el = document.createElement(node.type === 'blockquote' ? 'blockquote' : 'p');
    domSerialize(node.content ?? [], el);
    parent.appendChild(el);
  }
}

const median = (fn: () => void): number => {
  const timings = Array.from({ length: 21 }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return timings[10] as number;
};

describe('renderArticlePage speed', () => {
  it('renders a 3,000-word article with 8 ad slots faster than a DOM serialization of its body', () => {
    const content: BodyNode[] = Array.from({ length: 60 }, (_, i) =>
      i % 10 === 5
        ? { type: 'blockquote', attrs: { attribution: 'Jemand' }, content: [para(words(50, 'Zitat'))] }
        : { type: 'paragraph', content: [{ type: 'text', text: words(25, 'Wort') }, { type: 'text', text: words(25, 'fett'), marks: [{ type: 'bold' as const }] }] },
    );
    const article = sampleArticle({ body: { type: 'doc', content } });
    const slots: Placement[] = Array.from({ length: 8 }, (_, i) => placement(`s${i}`, { kind: 'afterBlock', blockIndex: i * 7 }, i % 2 ? htmlAd : imageAd));
    const ctx = germanContext();
    const render = () => renderArticlePage({ article, placements: slots, ctx });
    const serialize = () => {
      const root = document.createElement('div');
      domSerialize(content, root);
      return root.innerHTML;
    };
    for (let i = 0; i < 5; i++) {
      render();
      serialize();
    }
    // Medians, measured side by side, so a busy machine slows both alike.
    const ours = median(render);
    const dom = median(serialize);
    expect(ours).toBeLessThan(dom);
    expect(ours).toBeLessThan(25);
  });
});
