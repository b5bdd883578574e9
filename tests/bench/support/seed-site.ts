import { addUser } from '../../../site/auth/users';
import { getArticle } from '../../../site/articles/store';
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

type Injector = { inject(opts: { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: string }): Promise<{ statusCode: number; body: string; json(): unknown }> };

/** Publishes one article through the site's API (editor creates, reviewer approves, publisher publishes): the rows seedPublished copies. */
export async function publishTemplate(server: Injector, tokens: Record<'editor' | 'reviewer' | 'publisher', string>): Promise<string> {
  const call = async (method: 'POST' | 'GET', url: string, token: string, body?: unknown) => {
    const res = await server.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, payload: body ? JSON.stringify(body) : undefined });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { article: { id: string; rev: number } };
  };
  const { id } = (await call('POST', '/api/v1/articles', tokens.editor, { fields: { ...benchFields(-1), slug: 'bench-template' } })).article;
  for (const [action, token] of [['submit', tokens.editor], ['approve', tokens.reviewer], ['publish_now', tokens.publisher]] as const) {
    const { rev } = (await call('GET', `/api/v1/articles/${id}`, tokens.editor)).article;
    await call('POST', `/api/v1/articles/${id}/status`, token, { action, baseRev: rev });
  }
  return id;
}

/** A site with `count` published articles (the template included) and a user of each role. */
export async function seedSite(server: Injector, db: SiteDb, count: number): Promise<Record<'editor' | 'reviewer' | 'publisher', string>> {
  const now = new Date();
  const tokens = { editor: (await addUser(db, 'bench-editor', 'editor', now)).token, reviewer: (await addUser(db, 'bench-reviewer', 'reviewer', now)).token, publisher: (await addUser(db, 'bench-publisher', 'publisher', now)).token };
  const template = await getArticle(db, await publishTemplate(server, tokens));
  if (!template) throw new Error('the template article is missing');
  await seedPublished(db, template, count - 1);
  return tokens;
}
