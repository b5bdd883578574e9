// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SAMPLE_AD_CONFIG } from '../../../../core/ads/samples';
import { newArticleFields, type Article } from '../../../../core/article/article';
import { buildPreview, fitScale, paragraphsUpTo } from '../../../../renderer/src/preview/preview-model';
import { placementSeed as previewSeed } from '../../../../core/ads/article-ads';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const marker = { type: 'adSlot', attrs: { slotId: null, size: null } };

function article(over: Partial<Article> = {}): Article {
  return {
    ...newArticleFields('de', 'Sport'),
    id: 'abc123-def',
    rev: 4,
    bodySchema: 1,
    status: 'draft',
    schedule: null,
    statusHistory: [],
    createdAt: '2026-06-01T08:00:00Z',
    updatedAt: '2026-06-01T08:00:00Z',
    ...over,
  } as Article;
}

const body = { type: 'doc' as const, content: [para('Eins zwei drei vier fünf.'), marker, para('Sechs sieben acht.')] };
const input = (over: Partial<Parameters<typeof buildPreview>[0]> = {}) => ({
  article: article(),
  draft: { ...newArticleFields('de', 'Sport'), headline: 'Live <Entwurf>', body },
  config: SAMPLE_AD_CONFIG,
  at: new Date('2026-06-10T12:00:00Z'),
  timeZone: 'Europe/Berlin',
  themeCss: '.headline{color:red}',
  ...over,
});

describe('buildPreview', () => {
  it('renders the live draft, escaped, with the theme inlined and every ad labelled', () => {
    const out = buildPreview(input());
    expect(out.html).toContain('<h1 class="headline">Live &lt;Entwurf&gt;</h1>');
    expect(out.html).toContain('.headline{color:red}');
    expect(out.html).toContain('<time datetime="2026-06-10T12:00:00.000Z">10.06.2026</time>');
    const scheduled = buildPreview(input({ article: article({ schedule: { publishAt: '2026-07-01T06:00:00Z' } }) }));
    expect(scheduled.html).toContain('01.07.2026');
    expect(out.html).toContain('script-src &#39;none&#39;');
    const labels = out.html.match(/<div class="ad-label">Anzeige<\/div>/g) ?? [];
    expect(labels.length).toBe(out.placements.length);
    expect(out.placements.some((p) => p.source === 'manual')).toBe(true);
  });

  it('uses the site\'s seed and the draft\'s overrides', () => {
    expect(previewSeed(article())).toBe('abc123-def');
    // Another machine counts other revisions: the placement must not change with them.
    const elsewhere = buildPreview({ ...input(), article: article({ rev: 17 }) });
    expect(elsewhere.placements.map((p) => [p.slotId, p.campaign?.id])).toEqual(buildPreview(input()).placements.map((p) => [p.slotId, p.campaign?.id]));
    const on = buildPreview(input());
    const off = buildPreview(input({ draft: { ...input().draft, adOverrides: [{ slotId: 'sidebar', enabled: false }] } }));
    expect(on.placements.some((p) => p.slotId === 'sidebar')).toBe(true);
    expect(off.placements.some((p) => p.slotId === 'sidebar')).toBe(false);
    expect(off.html).not.toContain('data-slot-id="sidebar"');
  });

  it('decides gambling ads by the preview time', () => {
    const ids = (at: string) => buildPreview(input({ at: new Date(at) })).placements.map((p) => p.campaign?.id);
    expect(ids('2026-06-10T20:30:00Z')).toContain('casino-royal-nord');
    expect(ids('2026-06-10T12:00:00Z')).not.toContain('casino-royal-nord');
  });

  it('shows no ads at all for a "No ads" article', () => {
    const out = buildPreview(input({ draft: { ...input().draft, noAds: true } }));
    expect(out.placements).toEqual([]);
    expect(out.html).not.toContain('class="ad-slot');
  });
});

describe('layout helpers', () => {
  it('scales wide frames down and never up', () => {
    expect(fitScale(1280, 640)).toBe(0.5);
    expect(fitScale(375, 600)).toBe(1);
    expect(fitScale(1280, 0)).toBe(1);
  });

  it('counts the paragraphs before an ad', () => {
    expect(paragraphsUpTo(body, 1)).toBe(1);
    expect(paragraphsUpTo(body, 2)).toBe(2);
  });
});
