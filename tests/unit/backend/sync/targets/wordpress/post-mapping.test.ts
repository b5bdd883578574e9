import { describe, expect, it } from 'vitest';
import { articleFieldsSchema, type Article } from '../../../../../../core/article/article';
import { bodyDocSchema } from '../../../../../../core/article/body-schema';
import {
  adMarker,
  articleToPost,
  decodeEntities,
  idempotencyToken,
  postRevision,
  postToArticleFields,
  readOwnerMarker,
  type ArticleToPostContext,
  type WpPost,
} from '../../../../../../backend/sync/targets/wordpress';
import { para, wpArticle } from './fixtures';

const NOW = new Date('2026-11-29T10:00:00Z');
const ctx = (over: Partial<ArticleToPostContext> = {}): ArticleToPostContext => ({
  categoryId: 7,
  tagIds: [3, 4],
  featuredMediaId: null,
  adMarker: 'comment',
  unpublishedAs: 'draft',
  now: NOW,
  idempotencyToken: idempotencyToken('key-1'),
  ...over,
});

/** What WordPress sends back for what we wrote (context=edit, raw fields as stored). */
function asStored(article: Article, c = ctx()): WpPost {
  const { post } = articleToPost(article, c);
  return {
    id: 12,
    date_gmt: post.date_gmt ?? '2026-11-29T10:00:00',
    modified_gmt: '2026-11-29T10:00:01',
    slug: post.slug ?? '',
    status: post.status,
    title: { raw: post.title },
    content: { raw: post.content },
    excerpt: { raw: post.excerpt },
    categories: post.categories,
    tags: post.tags,
    featured_media: post.featured_media ?? 0,
  };
}

const readBack = (article: Article, c = ctx(), base = true) =>
  postToArticleFields(asStored(article, c), {
    categoryName: article.section,
    tagNames: article.tags,
    authorName: article.author,
    base: base ? { fields: article, status: article.status, schedule: article.schedule } : undefined,
    placementIds: c.placementIds,
  });

describe('articleToPost', () => {
  it('maps headline, teaser, section, tags, slug and status', () => {
    const { post } = articleToPost(wpArticle(), ctx());
    expect(post).toMatchObject({ title: 'Stadtrat beschließt neuen Radweg', excerpt: 'Nach langer Debatte gibt es eine Mehrheit für den Ausbau.', categories: [7], tags: [3, 4], slug: 'stadtrat-beschliesst-radweg', status: 'draft', featured_media: 0 });
    expect(post.date_gmt).toBeUndefined();
  });

  it('renders the body with core renderer and writes ad slots as comment markers', () => {
    const { post } = articleToPost(wpArticle(), ctx());
    expect(post.content).toContain('<strong>Verwaltung</strong>');
    expect(post.content).toContain('<!-- copydesk-ad slot="house-app" size="300x250" -->');
    expect(post.content).toContain('<!-- copydesk-ad slot="casino-1" -->');
    expect(post.content).toContain('<figcaption class="attribution">— Bürgermeisterin Meier</figcaption>');
    expect(post.content).toContain('<div class="copydesk-footer"><p class="copydesk-source">Quelle: <span class="copydesk-value">dpa, eigene Recherche</span></p></div>');
    expect(readOwnerMarker(post.content)).toEqual({ articleId: 'wp-article-0001', token: idempotencyToken('key-1') });
  });

  it('writes no ad marker for a "No ads" article, only the places of its slots, and reads the same body back', () => {
    for (const adMarkerStyle of ['comment', 'advanced-ads'] as const) {
      const article = wpArticle({ noAds: true });
      const c = ctx({ adMarker: adMarkerStyle });
      const { post } = articleToPost(article, c);
      expect(post.content).not.toContain('copydesk-ad ');
      expect(post.content).not.toContain('the_ad_placement');
      expect(post.content).toContain('<!-- copydesk-slot-off slot="house-app" size="300x250" -->');
      expect(readBack(article, c, false).fields.body).toEqual(article.body);
    }
  });

  it('writes no ad marker for a slot the article switches off, as the preview shows none there', () => {
    const article = wpArticle({ adOverrides: [{ slotId: 'casino-1', enabled: false }] });
    const { post } = articleToPost(article, ctx());
    expect(post.content).toContain('<!-- copydesk-ad slot="house-app" size="300x250" -->');
    expect(post.content).not.toContain('<!-- copydesk-ad slot="casino-1"');
    expect(post.content).toContain('<!-- copydesk-slot-off slot="casino-1" -->');
    expect(readBack(article).fields.body).toEqual(article.body);
  });

  it('writes Advanced Ads placement shortcodes, mapped through placementIds', () => {
    const { post } = articleToPost(wpArticle(), ctx({ adMarker: 'advanced-ads', placementIds: { 'house-app': 'app-teaser' } }));
    expect(post.content).toContain('[the_ad_placement id="app-teaser"]');
    expect(post.content).toContain('[the_ad_placement id="casino-1"]');
    expect(post.content).not.toContain('copydesk-ad');
  });

  it('escapes hostile strings everywhere it writes HTML', () => {
    const hostile = '<script>alert(1)</script> "x" \' & --> ]]';
    const article = wpArticle({
      headline: hostile,
      teaser: hostile,
      source: hostile,
      body: { type: 'doc', content: [para(hostile), { type: 'adSlot', attrs: { slotId: 'a--b', size: '"-->' } }] },
      leadImage: { mediaId: 'img-1', alt: hostile, credit: hostile },
    });
    const { post } = articleToPost(article, ctx({ idempotencyToken: 'cdk"-->' }));
    for (const field of [post.title, post.excerpt, post.content]) {
      expect(field).not.toContain('<script');
    }
    // No marker comment can be closed early by a value.
    const comments = post.content.match(/<!--[\s\S]*?-->/g) ?? [];
    for (const c of comments) expect(c.slice(4, -3)).not.toContain('--');
    expect(post.title).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &#39; &amp; --&gt; ]]');
    expect(adMarker('x"]', '', 'advanced-ads')).toBe('\n[the_ad_placement id="x&quot;&#93;"]\n');
  });

  it('puts the lead image credit in the footer only when there is a lead image', () => {
    const withImage = articleToPost(wpArticle({ leadImage: { mediaId: 'img-1', alt: 'a', credit: 'Foto: Max' } }), ctx({ featuredMediaId: 99 })).post;
    expect(withImage.featured_media).toBe(99);
    expect(withImage.content).toContain('<p class="copydesk-image-credit">Bild-Quelle: <span class="copydesk-value">Foto: Max</span></p>');
    const leaveFeatured = articleToPost(wpArticle(), ctx({ featuredMediaId: undefined })).post;
    expect('featured_media' in leaveFeatured).toBe(false);
  });

  it('writes meta when the site registered keys', () => {
    const { post } = articleToPost(wpArticle(), ctx({ metaKeys: { source: 'copydesk_source', imageCredit: 'copydesk_image_credit' } }));
    expect(post.meta).toEqual({ copydesk_source: 'dpa, eigene Recherche', copydesk_image_credit: '' });
  });

  it('uses uploaded URLs for body images with a mediaId', () => {
    const article = wpArticle({ body: { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'm1', alt: 'x', caption: 'c', credit: '' } }] } });
    const { post } = articleToPost(article, ctx({ mediaUrl: (id) => (id === 'm1' ? 'http://127.0.0.1/wp-content/uploads/m1.png' : null) }));
    expect(post.content).toContain('<img src="http://127.0.0.1/wp-content/uploads/m1.png" alt="x" loading="lazy">');
  });
});

describe('postToArticleFields (round trip)', () => {
  it('reads back what it wrote: body, ad markers, footer, tags, section, author', () => {
    const article = wpArticle();
    const read = readBack(article);
    expect(read.fields.body).toEqual(article.body);
    expect(read.fields.source).toBe(article.source);
    expect(read.fields.headline).toBe(article.headline);
    expect(read.fields.teaser).toBe(article.teaser);
    expect(read.fields.tags).toEqual(article.tags);
    expect(read.fields.section).toBe(article.section);
    expect(read.fields.slug).toBe(article.slug);
    expect(read.articleId).toBe(article.id);
    expect(read.status).toBe('draft');
    expect(articleFieldsSchema.safeParse(read.fields).success).toBe(true);
  });

  it('round-trips Advanced Ads shortcodes back to slots', () => {
    const article = wpArticle();
    const read = readBack(article, ctx({ adMarker: 'advanced-ads', placementIds: { 'house-app': 'app-teaser' } }));
    expect(read.fields.body.content.filter((n) => n.type === 'adSlot').map((n) => n.attrs?.slotId)).toEqual(['house-app', 'casino-1']);
  });

  it('round-trips hostile text exactly', () => {
    const hostile = '<img src=x onerror=alert(1)> &amp; "q" \'s\' --> <!-- [the_ad_placement id="x"] ü ß €';
    const article = wpArticle({
      headline: hostile.replace(/\n/g, ' '),
      teaser: hostile,
      source: hostile,
      leadImage: { mediaId: 'img-1', alt: 'alt', credit: hostile },
      body: {
        type: 'doc',
        content: [
          para(hostile),
          { type: 'paragraph', content: [{ type: 'text', text: hostile, marks: [{ type: 'bold' }, { type: 'italic' }] }] },
          { type: 'adSlot', attrs: { slotId: 'a--b', size: '' } },
          { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: hostile }] },
        ],
      },
    });
    const read = readBack(article);
    expect(read.fields.headline).toBe(article.headline);
    expect(read.fields.teaser).toBe(article.teaser);
    expect(read.fields.source).toBe(hostile);
    expect(read.fields.leadImage.credit).toBe(hostile);
    expect(read.fields.body).toEqual(article.body);
  });

  it('drops javascript: links like the renderer does, keeping the text', () => {
    const article = wpArticle({ body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'klick', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } });
    const read = readBack(article);
    expect(read.fields.body).toEqual({ type: 'doc', content: [para('klick')] });
  });

  it('reads content edited in WordPress (blocks, classic paragraphs, entities)', () => {
    const post: WpPost = {
      id: 5,
      modified_gmt: '2026-11-29T10:00:00',
      date_gmt: '2026-11-29T09:00:00',
      slug: 'geaendert',
      status: 'publish',
      title: { raw: 'Tom &amp; Jerry &#8211; neu' },
      content: {
        raw: '<!-- wp:paragraph -->\n<p>Erster <a href="https://a.example/">Link</a></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":4} -->\n<h4>Klein</h4>\n<!-- /wp:heading -->\n\nKlassisch eins\n\nKlassisch <b>zwei</b>\n<script>alert(1)</script><ul><li>a<li>b</ul>',
      },
      excerpt: { raw: '' },
      tags: [],
      categories: [],
    };
    const read = postToArticleFields(post, { categoryName: 'Politik', tagNames: ['A &amp; B', 'x,y'], authorName: 'admin' });
    expect(read.fields.headline).toBe('Tom & Jerry – neu');
    expect(read.fields.tags).toEqual(['A & B', 'x y']);
    expect(read.status).toBe('published');
    expect(read.schedule).toEqual({ publishAt: '2026-11-29T09:00:00Z' });
    expect(read.articleId).toBeNull();
    expect(bodyDocSchema.safeParse(read.fields.body).success).toBe(true);
    expect(read.fields.body.content.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'bulletList']);
    expect(read.fields.body.content[1]).toEqual({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Klein' }] });
    expect(read.fields.body.content[3]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Klassisch ' }, { type: 'text', text: 'zwei', marks: [{ type: 'bold' }] }] });
    expect(JSON.stringify(read.fields.body)).not.toContain('alert');
    expect(read.fields.body.content[4]).toEqual({ type: 'bulletList', content: [{ type: 'listItem', content: [para('a')] }, { type: 'listItem', content: [para('b')] }] });
    expect(articleFieldsSchema.safeParse(read.fields).success).toBe(true);
  });

  it('never throws on broken HTML', () => {
    for (const raw of ['<p', '<<<>>>', '<!-- open', '<p><b><i>x</p></b>', '&#0; &#xD800; &bogus;', '<a href="javascript:x">y</a>', '</div></p>', '<'.repeat(1000)]) {
      const read = postToArticleFields({ id: 1, modified_gmt: 'x', slug: 'Ä Ö', status: 'weird', title: { raw }, content: { raw }, excerpt: { raw } }, { categoryName: null, tagNames: [], authorName: null });
      expect(bodyDocSchema.safeParse(read.fields.body).success).toBe(true);
      expect(read.fields.slug).toBe('');
    }
    expect(decodeEntities('&#0;&#xD800;&amp;&bogus;')).toBe('&#0;&#xD800;&&bogus;');
  });

  it('keeps the local order and spelling of tags WordPress returns differently', () => {
    const article = wpArticle({ tags: ['Verkehr', 'Radweg', 'Stadtrat'] });
    const read = postToArticleFields(asStored(article), {
      categoryName: 'Aktuelle News',
      tagNames: ['stadtrat', 'Neu im WP', 'verkehr'],
      authorName: null,
      base: { fields: article, status: article.status, schedule: null },
    });
    expect(read.fields.tags).toEqual(['Verkehr', 'Stadtrat', 'Neu im WP']);
  });

  it('keeps fields WordPress does not hold from the local base', () => {
    const article = wpArticle({ seo: { title: 'SEO', description: 'D' }, noAds: true, adOverrides: [] });
    const read = readBack(article);
    expect(read.fields.seo).toEqual({ title: 'SEO', description: 'D' });
    expect(read.fields.noAds).toBe(true);
  });
});

describe('postRevision', () => {
  it('differs for two changes within the same second', () => {
    const a = asStored(wpArticle());
    const b = { ...a, title: { raw: 'anders' } };
    expect(postRevision(a)).not.toBe(postRevision(b));
    expect(postRevision(a).startsWith('2026-11-29T10:00:01~')).toBe(true);
  });
});

describe('idempotencyToken', () => {
  it('is one search term and keeps distinct keys apart', () => {
    const t = idempotencyToken('9f1c-2a/3 b,c+d');
    expect(t).toMatch(/^cdk[A-Za-z0-9]+$/);
    expect(idempotencyToken('a-b')).not.toBe(idempotencyToken('ab'));
  });
});
