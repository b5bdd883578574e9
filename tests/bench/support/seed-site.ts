import { articleRow, liveTagRows, tagRows } from '../../../site/articles/rows';
import type { SiteArticle } from '../../../site/articles/site-article';
import type { SiteDb } from '../../../site/db/schema';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const SENTENCE = 'Der Stadtrat hat am Abend nach langer Debatte über den Haushalt, die Schulen und den Ausbau der Radwege entschieden.';

/** The fields of bench article `n`: a realistic length (six paragraphs, about 110 words each). */
export const benchFields = (n: number) => ({
  headline: `Bench-Artikel ${n}: Stadtrat entscheidet über den Haushalt`,
  slug: `bench-artikel-${n}`,
  teaser: 'Ein kurzer Teaser für den Benchmark, wie ihn die Redaktion schreibt.',
  author: 'Redaktion',
  source: 'dpa',
  tags: ['Politik', `Tag ${n % 50}`],
  body: { type: 'doc', content: Array.from({ length: 6 }, (_, p) => para(`Absatz ${p + 1} von Artikel ${n}. ${Array.from({ length: 6 }, () => SENTENCE).join(' ')}`)) },
});

/** A copy of a published article (as the site stored it) as bench article `n`, working copy and live version alike. */
function cloneAs(template: SiteArticle, n: number, publishedAt: string): SiteArticle {
  const fields = benchFields(n);
  const id = `bench-${String(n).padStart(8, '0')}`;
  const live = template.live ? { ...template.live, at: publishedAt, fields: { ...template.live.fields, ...fields } } : undefined;
  return { ...template, ...fields, id, publishedAt, updatedAt: publishedAt, ...(live ? { live } : {}) } as SiteArticle;
}

/**
 * Writes `count` published articles straight into the site's tables (batched, one feed
 * position each, as the site's own store would number them), copying `template`, an article
 * the site published through its API, so every row has the shape the site writes.
 */
export async function seedPublished(db: SiteDb, template: SiteArticle, count: number, batch = 500): Promise<void> {
  const start = Date.parse(template.publishedAt ?? new Date().toISOString()) - count * 1000;
  const counter = await db.selectFrom('site_counters').select('value').where('name', '=', 'change_seq').executeTakeFirstOrThrow();
  let seq = Number(counter.value);
  for (let from = 0; from < count; from += batch) {
    const articles = Array.from({ length: Math.min(batch, count - from) }, (_, k) => cloneAs(template, from + k, new Date(start + (from + k) * 1000).toISOString()));
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('site_articles').values(articles.map((a) => ({ ...articleRow(a), change_seq: ++seq }))).execute();
      await trx.insertInto('site_article_tags').values(articles.flatMap(tagRows)).execute();
      await trx.insertInto('site_live_tags').values(articles.flatMap(liveTagRows)).execute();
      await trx.updateTable('site_counters').set({ value: seq }).where('name', '=', 'change_seq').execute();
    });
  }
}
